package org.atlas1540.notes.topics;

import java.util.List;
import org.atlas1540.notes.Topic;

/** STUB until the text-finders branch lands. */
public final class TopicDetector {
    public List<Topic> detect(CharSequence text) {
        return List.of();
    }
}
