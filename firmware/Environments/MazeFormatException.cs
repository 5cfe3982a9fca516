using System;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// A maze text (or a start given for a maze) is not usable. The message has the compiler-like
    /// form "SOURCE:LINE: what is wrong and what was expected" (or "SOURCE: ..." when no single
    /// line is at fault) so that a person can go straight to the offending line.
    /// </summary>
    public class MazeFormatException : Exception
    {
        public MazeFormatException(string sourceName, int lineNumber, string detail)
            : base(Compose(sourceName, lineNumber, detail))
        {
            SourceName = sourceName;
            LineNumber = lineNumber;
            Detail = detail;
        }

        /// <summary>The name the text was parsed under (usually a file name or path).</summary>
        public string SourceName { get; }

        /// <summary>1-based line of the text at fault; 0 when the problem is not on one line.</summary>
        public int LineNumber { get; }

        /// <summary>The message without the "SOURCE:LINE: " prefix.</summary>
        public string Detail { get; }

        private static string Compose(string sourceName, int lineNumber, string detail)
        {
            string source = sourceName == null ? "(unnamed)" : sourceName;
            if (lineNumber > 0)
            {
                return source + ":" + lineNumber.ToString() + ": " + detail;
            }

            return source + ": " + detail;
        }
    }
}
