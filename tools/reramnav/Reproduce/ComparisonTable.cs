using System.Text;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// The side-by-side table of report.md and README ("paper vs ours vs tabular Q vs DQN"): one row per
/// measured quantity, one column per method. The experiments fill the cells they measure; a cell
/// nobody measured prints as "-".
/// </summary>
public sealed class ComparisonTable
{
    public const string PaperBio = "paper: ReRAM hardware", PaperDqn = "paper: deep Q", Ours = "ours: place cells on the virtual board",
        TabularQ = "tabular Q-learning", OurDqn = "our DQN";
    public static readonly string[] Columns = { PaperBio, PaperDqn, Ours, TabularQ, OurDqn };

    private readonly List<string> _rows = new();
    private readonly Dictionary<(string Row, string Column), string> _cells = new();

    public void Set(string row, string column, string value)
    {
        if (!_rows.Contains(row)) _rows.Add(row);
        _cells[(row, column)] = value;
    }

    public bool IsEmpty => _rows.Count == 0;

    public string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Side by side: paper, ours, tabular Q-learning, DQN");
        sb.AppendLine();
        sb.AppendLine("| | " + string.Join(" | ", Columns) + " |");
        sb.AppendLine("|---|" + string.Concat(Columns.Select(_ => "---|")));
        foreach (var row in _rows)
            sb.AppendLine($"| {row} | " + string.Join(" | ", Columns.Select(c => _cells.TryGetValue((row, c), out var v) ? v : "-")) + " |");
        return sb.ToString();
    }
}
