using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// An elevation grid text (docs/formats.md, "Elevation grid formats") is not usable. Same message
    /// form as maze errors, "SOURCE:LINE: what is wrong (which field) and what was expected", and
    /// derived from <see cref="MazeFormatException"/> so that every caller that reports bad
    /// environment files (the CLI: exit code 2) handles both alike.
    /// </summary>
    public sealed class ElevationFormatException : MazeFormatException
    {
        public ElevationFormatException(string sourceName, int lineNumber, string detail)
            : base(sourceName, lineNumber, detail)
        {
        }
    }
}
