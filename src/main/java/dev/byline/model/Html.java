package dev.byline.model;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that Byline produced itself (rendered Markdown, already sanitised), so templates write it as is. This is the
 * one way trusted markup enters a template: {@code ${article.body()}} needs no {@code $unsafe}.
 */
public record Html(String value) implements Content {

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(value);
    }

    @Override
    public boolean isEmptyContent() {
        return value.isEmpty();
    }
}
