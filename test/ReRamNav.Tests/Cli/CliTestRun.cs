namespace ReRamNav.Tests.Cli
{
    /// <summary>Runs the real `reramnav` command line in-process and captures what it prints.</summary>
    internal sealed class CliTestRun
    {
        public int ExitCode;
        public string Stdout = "";
        public string Stderr = "";

        public static CliTestRun Of(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = ReRamNav.Cli.Cli.Run(args, stdout, stderr);
            return new CliTestRun { ExitCode = code, Stdout = stdout.ToString(), Stderr = stderr.ToString() };
        }

        /// <summary>A fresh temporary directory, deleted by the caller's cleanup.</summary>
        public static string TempDir()
        {
            string dir = Path.Combine(Path.GetTempPath(), "reramnav-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
