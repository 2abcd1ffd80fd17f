package com.benchcrm.demo;

import java.util.List;

/**
 * One specialty inside a role family, e.g. "React Developer" inside front end.
 *
 * @param titles        the titles recruiters use for it; the first is the usual one
 * @param architectTitle what a principal-level person is called, or null for "Principal" + title
 * @param core          skills every consultant of the track lists; the first is the anchor a
 *                      requirement for the track always asks for
 * @param pool          track-specific skills, the more common first
 */
record Track(List<String> titles, String architectTitle, List<String> core, List<String> pool) {

    Track {
        titles = List.copyOf(titles);
        core = List.copyOf(core);
        pool = List.copyOf(pool);
        if (titles.isEmpty() || core.size() < 2) {
            throw new IllegalArgumentException("a track needs a title and at least two core skills");
        }
    }

    String anchor() {
        return core.get(0);
    }

    String title() {
        return titles.get(0);
    }
}
