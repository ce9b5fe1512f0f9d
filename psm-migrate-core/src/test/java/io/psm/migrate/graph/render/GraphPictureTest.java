package io.psm.migrate.graph.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph drawn in lanes, and written as Mermaid and DOT. */
class GraphPictureTest {

    private static PictureNode node(String id, String... parents) {
        return new PictureNode(id, List.of(parents), List.of(), "", List.of(), Optional.empty());
    }

    @Test
    void aLinearHistoryIsOneLane() {
        assertThat(GraphPicture.of(List.of(node("c", "b"), node("b", "a"), node("a"))).terminal())
                .containsExactly("* c", "* b", "* a");
    }

    @Test
    void twoHeadsOnOneParentJoinBeforeTheBranchPoint() {
        assertThat(GraphPicture.of(List.of(node("x", "p"), node("y", "p"), node("p"))).terminal())
                .containsExactly("* x", "| * y", "|/", "* p");
    }

    @Test
    void aMergeOpensALaneForItsSecondParent() {
        assertThat(GraphPicture.of(List.of(node("m", "x", "y"), node("x", "p"), node("y", "p"), node("p"))).terminal())
                .containsExactly("* m", "|\\", "* | x", "| * y", "|/", "* p");
    }

    @Test
    void separateRootsKeepTheirLanesAndLanesJoinRightBeforeTheirParent() {
        List<String> lines = GraphPicture.of(List.of(node("b2", "b1"), node("a3", "a1"), node("c", "a1"), node("b1"),
                node("a1"))).terminal();

        assertThat(lines).containsExactly("* b2", "| * a3", "| | * c", "* | | b1", " / /", "|/", "* a1");
    }

    @Test
    void mermaidAndDotEscapeWhatTheirSyntaxWouldReadAndColourByState() {
        PictureNode root = new PictureNode("end", List.of(), List.of(), "Say \"hi\" <b> & #1", List.of("head"),
                Optional.of("failed"));

        assertThat(GraphPicture.of(List.of(root)).render(PictureFormat.MERMAID)).isEqualTo("""
                flowchart BT
                    r_end["end (head)<br/>Say #quot;hi#quot; #lt;b#gt; #amp; #35;1"]
                    classDef failed fill:#ffcdd2,stroke:#c62828,color:#b71c1c
                    class r_end failed
                """);
        assertThat(GraphPicture.of(List.of(root)).render(PictureFormat.DOT))
                .contains("\"end\" [label=\"end (head)\\nSay \\\"hi\\\" <b> & #1\", fillcolor=\"#ffcdd2\", tooltip=\"failed\"];");
    }
}
