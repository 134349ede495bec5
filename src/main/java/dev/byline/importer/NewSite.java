package dev.byline.importer;

import java.nio.file.Path;
import java.util.Map;

/**
 * The files of the Byline site an import makes, by path relative to the new folder with forward slashes.
 *
 * @param texts  the files written for it: site.yaml, articles, authors, the report
 * @param copies the files copied from the old site as they are (images and other files the posts use)
 */
public record NewSite(Map<String, String> texts, Map<String, Path> copies) {
}
