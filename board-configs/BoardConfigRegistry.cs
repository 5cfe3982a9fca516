using System;
using ReRamNav.BoardConfigs.Kits;

namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// Every supported dev kit by name: what the device Main, flash.sh/flash.cmd, the docs and the
    /// tests use. Each lookup builds a fresh config, so a caller may change it without affecting others.
    /// </summary>
    public static class BoardConfigRegistry
    {
        /// <summary>The registry names, in the order the docs list them.</summary>
        public static readonly string[] Names = new string[]
        {
            Esp32DevKitC.Name,
            Esp32WroverKit.Name,
            Esp32S3DevKitC.Name,
            StNucleo144F746zg.Name,
            StStm32F769iDiscovery.Name,
            MockBench.Name,
        };

        /// <summary>The config called <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
        public static BoardConfig Find(string name)
        {
            if (name == null)
            {
                return null;
            }

            switch (name.Trim().ToLower())
            {
                case Esp32DevKitC.Name: return Esp32DevKitC.Create();
                case Esp32WroverKit.Name: return Esp32WroverKit.Create();
                case Esp32S3DevKitC.Name: return Esp32S3DevKitC.Create();
                case StNucleo144F746zg.Name: return StNucleo144F746zg.Create();
                case StStm32F769iDiscovery.Name: return StStm32F769iDiscovery.Create();
                case MockBench.Name: return MockBench.Create();
                default: return null;
            }
        }

        /// <summary>Like <see cref="Find"/>, but an unknown name throws an ArgumentException that lists the known ones.</summary>
        public static BoardConfig Get(string name)
        {
            BoardConfig config = Find(name);
            if (config == null)
            {
                throw new ArgumentException("unknown board '" + name + "': expected one of " + NamesText());
            }
            return config;
        }

        /// <summary>"esp32-devkitc, esp32-wrover-kit, ...".</summary>
        public static string NamesText()
        {
            string text = "";
            for (int i = 0; i < Names.Length; i++)
            {
                text = i == 0 ? Names[i] : text + ", " + Names[i];
            }
            return text;
        }
    }
}
