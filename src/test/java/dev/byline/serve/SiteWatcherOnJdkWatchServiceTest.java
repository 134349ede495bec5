package dev.byline.serve;

class SiteWatcherOnJdkWatchServiceTest extends SiteWatcherContract {

    @Override
    FileEvents.Source source() {
        return JdkWatchServiceEvents::new;
    }
}
