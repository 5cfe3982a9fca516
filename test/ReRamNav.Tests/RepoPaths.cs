using System;
using System.IO;

namespace ReRamNav.Tests
{
    /// <summary>
    /// Finds files of the repository from a test, wherever the test assembly was built to
    /// (artifacts/bin/..., a CI clone, an IDE's own output folder).
    /// </summary>
    public static class RepoPaths
    {
        /// <summary>The file that marks the repository root.</summary>
        public const string RootMarkerFile = "ReRamNav.slnx";

        private static readonly Lazy<string> s_root = new Lazy<string>(() => FindRoot(AppContext.BaseDirectory));

        /// <summary>Absolute path of the repository root (the folder that holds ReRamNav.slnx).</summary>
        public static string Root => s_root.Value;

        /// <summary>
        /// Absolute path of <paramref name="relativePath"/> inside the repository. Both '/' and '\'
        /// separators are accepted, so paths can be written the same way on every OS.
        /// </summary>
        public static string Get(string relativePath)
        {
            string normalized = relativePath.Replace('\\', '/').TrimStart('/');
            return Path.GetFullPath(Path.Combine(Root, normalized.Replace('/', Path.DirectorySeparatorChar)));
        }

        /// <summary>
        /// <paramref name="absolutePath"/> relative to the repository root, with '/' separators
        /// (the form used in test messages and in comparisons).
        /// </summary>
        public static string ToRelative(string absolutePath)
        {
            return Path.GetRelativePath(Root, absolutePath).Replace('\\', '/');
        }

        /// <summary>
        /// Walks up from <paramref name="startDirectory"/> to the first folder that contains
        /// <see cref="RootMarkerFile"/>.
        /// </summary>
        public static string FindRoot(string startDirectory)
        {
            DirectoryInfo directory = new DirectoryInfo(startDirectory);
            while (directory != null)
            {
                if (File.Exists(Path.Combine(directory.FullName, RootMarkerFile)))
                {
                    return directory.FullName;
                }

                directory = directory.Parent;
            }

            throw new InvalidOperationException(
                $"No folder containing {RootMarkerFile} above {startDirectory}: the tests must run from a build inside the repository.");
        }
    }
}
