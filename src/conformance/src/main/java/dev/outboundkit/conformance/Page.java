package dev.outboundkit.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A report page written once and rendered twice, as Markdown and as a self-contained HTML page:
 * headings, paragraphs, lists, tables, code, and code folded under a summary. Text is plain; each
 * rendering escapes it.
 */
final class Page {
  private final String title;
  private final List<String> markdown = new ArrayList<>();
  private final List<String> html = new ArrayList<>();

  Page(String title) {
    this.title = title;
    markdown.add("# " + title + "\n");
    html.add("<h1>" + escape(title) + "</h1>");
  }

  Page heading(String text) {
    markdown.add("## " + text + "\n");
    html.add("<h2>" + escape(text) + "</h2>");
    return this;
  }

  Page subheading(String text) {
    markdown.add("### " + text + "\n");
    html.add("<h3>" + escape(text) + "</h3>");
    return this;
  }

  /** A paragraph; {@code strong} makes the whole of it bold (the verdict). */
  Page paragraph(String text, boolean strong) {
    markdown.add((strong ? "**" + text.replace("*", "\\*") + "**" : text) + "\n");
    html.add(strong ? "<p><strong>" + escape(text) + "</strong></p>" : "<p>" + escape(text) + "</p>");
    return this;
  }

  Page paragraph(String text) {
    return paragraph(text, false);
  }

  Page list(List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    StringBuilder md = new StringBuilder();
    StringBuilder h = new StringBuilder("<ul>");
    for (String item : items) {
      md.append("- ").append(item.replace("\n", "\n  ")).append('\n');
      h.append("<li>").append(escape(item)).append("</li>");
    }
    markdown.add(md.toString());
    html.add(h.append("</ul>").toString());
    return this;
  }

  Page table(List<String> headers, List<List<String>> rows) {
    StringBuilder md = new StringBuilder("| ").append(String.join(" | ", headers.stream().map(Page::cell).toList()))
        .append(" |\n|").append("---|".repeat(headers.size())).append('\n');
    StringBuilder h = new StringBuilder("<table><tr>");
    headers.forEach(header -> h.append("<th>").append(escape(header)).append("</th>"));
    h.append("</tr>");
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row.stream().map(Page::cell).toList())).append(" |\n");
      h.append("<tr>");
      row.forEach(value -> h.append("<td>").append(escape(value)).append("</td>"));
      h.append("</tr>");
    }
    markdown.add(md.toString());
    html.add(h.append("</table>").toString());
    return this;
  }

  /** A block of code or of a request and its answer, as it is. */
  Page code(String text) {
    String fence = text.contains("```") ? "~~~~" : "```";
    markdown.add(fence + "\n" + text.stripTrailing() + "\n" + fence + "\n");
    html.add("<pre>" + escape(text.stripTrailing()) + "</pre>");
    return this;
  }

  /** Code folded under a summary in HTML; the summary then the code in Markdown. */
  Page folded(String summary, String text) {
    String fence = text.contains("```") ? "~~~~" : "```";
    markdown.add(summary + ":\n\n" + fence + "\n" + text.stripTrailing() + "\n" + fence + "\n");
    html.add("<details><summary>" + escape(summary) + "</summary><pre>" + escape(text.stripTrailing())
        + "</pre></details>");
    return this;
  }

  String markdown() {
    return String.join("\n", markdown);
  }

  String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
        + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.4}"
        + "pre{background:#f4f4f4;padding:.6em;overflow-x:auto;white-space:pre-wrap;word-break:break-all}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}"
        + "h2{border-bottom:1px solid #ccc}</style></head><body>\n"
        + String.join("\n", html) + "\n</body></html>\n";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
