using System.CommandLine;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Cli;

/// <summary>"--device PRESET": which virtual array the simulated board carries (docs/device-model.md §1).</summary>
public static class DeviceOption
{
    public const string Name = "--device";

    public static Option<string> Create() => new(Name)
    {
        Description = "Virtual array preset: " + string.Join(", ", DevicePreset.Names()) + " (docs/device-model.md)",
        DefaultValueFactory = _ => DevicePreset.PaperName,
        HelpName = "PRESET",
    };

    /// <summary>The preset called <paramref name="text"/>; an unknown name is a usage error that lists the accepted ones.</summary>
    public static DevicePreset Parse(string text)
    {
        return DevicePreset.ByName(text.Trim().ToLowerInvariant())
            ?? throw new CliUsageException($"{Name}: '{text}' is not a device preset; expected one of {string.Join(", ", DevicePreset.Names())}");
    }
}
