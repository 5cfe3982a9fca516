using System.CommandLine;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>
/// The options of one `reramnav board` subcommand, by name, so that the builders read them without
/// holding each Option instance. Every subcommand gets the virtual board's options (geometry, seed,
/// kit, board limits) and --out / --log; each adds its own.
/// </summary>
internal sealed class BoardOptions
{
    private readonly Command _command;
    private readonly Dictionary<string, Option<int>> _ints = new();
    private readonly Dictionary<string, Option<string?>> _texts = new();
    private readonly Dictionary<string, Option<string[]>> _lists = new();

    public BoardOptions(Command command, string outDescription)
    {
        _command = command;
        Add("--rows", 30, "Rows of places of the virtual array");
        Add("--cols", 30, "Columns of places of the virtual array");
        Add("--seed", 1, "Seed of the virtual board (device draws, read noise)");
        AddText("--kit", "mock-bench", "Dev-kit config whose lab limits apply (board-configs; the stricter of these and the board's IDENT limits win)");
        AddList("--board-limit", "Override one of the virtual board's own hard limits, NAME=VALUE (SetMaxMv, ResetMaxMv, FormMaxMv, ComplianceMinUa, ComplianceMaxUa, ReadMaxMv, WidthMinNs, WidthMaxNs); repeatable", "NAME=VALUE");
        AddText("--out", null, outDescription, "FILE.csv");
        AddText("--log", null, "Per-operation log: one CSV row per read and pulse (time_us, cell, V, I_C, width, result)", "FILE.csv");
    }

    public void Add(string name, int defaultValue, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        _ints[name] = option;
        _command.Options.Add(option);
    }

    public void AddText(string name, string? defaultValue, string description, string? helpName = null)
    {
        var option = new Option<string?>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        if (helpName != null) option.HelpName = helpName;
        _texts[name] = option;
        _command.Options.Add(option);
    }

    public void AddList(string name, string description, string helpName)
    {
        var option = new Option<string[]>(name) { Description = description, HelpName = helpName, AllowMultipleArgumentsPerToken = false };
        _lists[name] = option;
        _command.Options.Add(option);
    }

    public bool Has(string name) => _ints.ContainsKey(name) || _texts.ContainsKey(name) || _lists.ContainsKey(name);

    public int Int(ParseResult parse, string name) => parse.GetValue(_ints[name]);

    public string? Text(ParseResult parse, string name) => parse.GetValue(_texts[name]);

    public string[] List(ParseResult parse, string name) => parse.GetValue(_lists[name]) ?? Array.Empty<string>();

    public int Positive(ParseResult parse, string name) => OptionValues.CheckRange(Int(parse, name), 1, int.MaxValue, name);
}
