using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>docs/images/wiring-NAME.svg are drawn from the board configs; they must match the code.</summary>
    [TestClass]
    public class WiringDiagramTests
    {
        [TestMethod]
        public void WiringDiagrams_AreTheBoardConfigsDrawn()
        {
            bool write = Environment.GetEnvironmentVariable("RERAMNAV_WRITE_DOCS") == "1";
            var stale = new List<string>();
            foreach (string name in BoardConfigRegistry.Names)
            {
                BoardConfig config = BoardConfigRegistry.Get(name);
                string path = RepoPaths.Get("docs/images/wiring-" + name + ".svg");
                string expected = WiringDiagram.Svg(config);
                if (write)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path));
                    File.WriteAllText(path, expected);
                }
                if (!File.Exists(path) || File.ReadAllText(path).Replace("\r\n", "\n") != expected) stale.Add(path);
                StringAssert.Contains(expected, ">" + config.PinName(config.UserButtonPin) + "<", name + ": the button's pin is drawn");
            }
            Assert.AreEqual(0, stale.Count, "out of date (run the test with RERAMNAV_WRITE_DOCS=1): " + string.Join(", ", stale));
            string wiring = File.ReadAllText(RepoPaths.Get("docs/wiring.md"));
            foreach (string name in BoardConfigRegistry.Names)
            {
                StringAssert.Contains(wiring, "images/wiring-" + name + ".svg", "docs/wiring.md shows the diagram of " + name);
            }
        }
    }
}
