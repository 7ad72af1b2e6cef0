package id.pilar.awards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;

/** An older saved window layout that has the awards window open does not reopen it. */
class AwardsLayoutCheckTest {

    private static FileObject ref(FileObject modes, String mode, String name, boolean opened) throws IOException {
        FileObject f = FileUtil.createData(modes, mode + "/" + name);
        try (OutputStream out = f.getOutputStream()) {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<tc-ref version=\"2.2\">\n    <tc-id id=\"" + name.replace(".wstcref", "")
                    + "\" />\n    <state opened=\"" + opened + "\" />\n</tc-ref>\n").getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void anOpenedAwardsReferenceGoesTheRestOfTheLayoutStays() throws IOException {
        FileObject modes = FileUtil.createMemoryFileSystem().getRoot().createFolder("Modes");
        ref(modes, "editor", AwardsLayoutCheck.TC_REF, true);
        ref(modes, "editor", "CaseListTopComponent.wstcref", true);
        ref(modes, "explorer", AwardsLayoutCheck.TC_REF, false);
        FileUtil.createData(modes, "editor.wsmode");

        AwardsLayoutCheck.dropOpenedReferences(modes);

        assertThat(modes.getFileObject("editor/" + AwardsLayoutCheck.TC_REF)).as("the stale 'opened' awards reference").isNull();
        assertThat(modes.getFileObject("editor/CaseListTopComponent.wstcref")).as("another window left open").isNotNull();
        assertThat(modes.getFileObject("explorer/" + AwardsLayoutCheck.TC_REF)).as("a closed one is as the window system wrote it").isNotNull();
        assertThat(modes.getFileObject("editor.wsmode")).isNotNull();
    }
}
