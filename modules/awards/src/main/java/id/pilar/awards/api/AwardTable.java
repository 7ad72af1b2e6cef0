package id.pilar.awards.api;

import java.util.List;

/** A report or list ready to show or export: a title, column names and text cells (numbers as digits). */
public record AwardTable(String title, List<String> headers, List<List<String>> rows) {

    public AwardTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
