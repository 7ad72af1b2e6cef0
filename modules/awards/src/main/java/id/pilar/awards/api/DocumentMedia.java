package id.pilar.awards.api;

/** What a checklist document must be, judged from the file's content (not its name). */
public enum DocumentMedia { PDF, IMAGE, ANY }
