package dev.byline.serve;

/** The library macOS previews with; here (Linux, Windows) it runs over the JDK's WatchService. */
class SiteWatcherOnDirectoryWatcherTest extends SiteWatcherContract {

    @Override
    FileEvents.Source source() {
        return DirectoryWatcherEvents::new;
    }
}
