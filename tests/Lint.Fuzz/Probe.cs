namespace Lint.Fuzz;

/// <summary>
/// Short articles written for the harness, with something for most check kinds to find (a dateline, quotations, a
/// date, a copyright line, a list, doubled words): fuzzed rules and configurations are run over them.
/// </summary>
public static class Probe
{
    /// <summary>A plain-text article.</summary>
    public const string PlainText =
        "Harbor Ferry Returns After Storm Repairs\n\n" +
        "By Ana Ortiz, Staff Writer\n\n" +
        "PORTLAND, Maine (AP) — The ferry to Peaks Island resumed service on Monday, Nov. 3, 2026, after two weeks of repairs.\n\n" +
        "“We are glad to be back,” captain Lee Marsh said. “The the crew worked every night.\n\n" +
        "Riders said the the wait had been long  and the buses were crowded , but the fare stays at $7.75\n\n" +
        "What comes next:\n\n" +
        "  • a second boat in March\n" +
        "  • new docks on the island\n\n" +
        "© 2019 Example News. All rights reserved.\n";

    /// <summary>A Markdown article with front matter, a heading, emphasis, a link and a directive.</summary>
    public const string Markdown =
        "---\ntitle: Council Adopts Budget\ndate: 2026-11-02\n---\n\n" +
        "# Council adopts budget after long night\n\n" +
        "*By Sam Reed*\n\n" +
        "SPRINGFEILD, Ill. (AP) -- The council voted 5-4 on Wednesday, November 3, to adopt the budget...\n\n" +
        "<!-- lint-disable-next-line ED2002 -->\n" +
        "> “It is done,” the mayor said\n\n" +
        "- [Read the plan](https://example.invalid/plan)\n" +
        "- **Vote**: 5-4\n\n" +
        "Copyright (c) 2020 Example News\n";
}
