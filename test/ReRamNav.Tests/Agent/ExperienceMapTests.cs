using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Agent;

namespace ReRamNav.Tests.Agent
{
    /// <summary>The MCU's experience map and its replay search (docs/algorithm.md §4).</summary>
    [TestClass]
    public class ExperienceMapTests
    {
        private const int Rows = 5, Cols = 5;
        private static int P(int r, int c) => r * Cols + c;

        /// <summary>Enters every place of the text ('.' entered, 'D' entered then met as a wall, 'W' wall met
        /// but never entered, ' ' unknown) and marks 'G' rewarded.</summary>
        private static ExperienceMap Map(params string[] rows)
        {
            var map = new ExperienceMap(Rows, Cols);
            for (int r = 0; r < Rows; r++)
            {
                for (int c = 0; c < Cols; c++)
                {
                    char ch = rows[r][c];
                    if (ch == '.' || ch == 'G' || ch == 'D') map.MarkEntered(P(r, c));
                    if (ch == 'D' || ch == 'W') map.MarkWall(P(r, c));
                    if (ch == 'G') map.MarkRewarded(P(r, c));
                }
            }
            return map;
        }

        private static readonly byte[] NoExclusions = new byte[Rows * Cols];

        [TestMethod]
        public void ShortestRoute_GoesThroughEnteredPlacesOnly_WithDiagonalMoves()
        {
            var map = Map(".....",
                          "    .",
                          "    .",
                          "    .",
                          "G....");
            var route = new ushort[64];
            int n = map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 1, route);
            Assert.AreEqual(11, n, "around the entered ring: 3 east, 1 diagonal, 2 down, 1 diagonal, 3 west = 10 moves, 11 places");
            Assert.AreEqual(P(0, 0), route[0]);
            Assert.AreEqual(P(4, 0), route[n - 1]);
            for (int i = 1; i < n; i++)
            {
                int dr = route[i] / Cols - route[i - 1] / Cols, dc = route[i] % Cols - route[i - 1] % Cols;
                Assert.IsTrue(System.Math.Abs(dr) <= 1 && System.Math.Abs(dc) <= 1 && (dr != 0 || dc != 0), "step " + i + " is one move");
            }
        }

        [TestMethod]
        public void ShortestRoute_ToAGivenPlace_AndNoneWhenDisconnected()
        {
            var map = Map("..   ",
                          "     ",
                          "     ",
                          "     ",
                          "   ..");
            var route = new ushort[64];
            Assert.AreEqual(2, map.ShortestRoute(P(0, 0), P(0, 1), ExperienceMap.KnownFree, NoExclusions, 1, route));
            Assert.AreEqual(0, map.ShortestRoute(P(0, 0), P(4, 4), ExperienceMap.KnownFree, NoExclusions, 1, route));
            Assert.AreEqual(0, map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 1, route), "no rewarded place known");
        }

        [TestMethod]
        public void Doors_AreUsedOnlyWhenAllowed_AndWallsNeverEnteredOnlyAtTheLowestTrust()
        {
            // The short way is through a door (D) or a wall never entered (W); the long way is known free.
            var map = Map(".D..G",
                          ".W  .",
                          ".....",
                          "     ",
                          "     ");
            var route = new ushort[64];
            int known = map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 1, route);
            Assert.AreEqual(7, known, "known free: down, along row 2, up: 6 moves");
            int doors = map.ShortestRoute(P(0, 0), -1, ExperienceMap.WithDoors, NoExclusions, 1, route);
            Assert.AreEqual(5, doors, "through the door: 4 moves");
            Assert.AreEqual(5, map.DoubtCost(route[1], 5, 25), "a door is charged the door cost");
            Assert.AreEqual(25, map.DoubtCost(P(1, 1), 5, 25), "a wall never entered is charged the wall cost");
            Assert.AreEqual(0, map.DoubtCost(P(0, 0), 5, 25));
        }

        [TestMethod]
        public void ExcludedPlaces_AreNeverUsed_AndEnteringAPlaceClearsItsWallMark()
        {
            var map = Map(".D..G",
                          "     ",
                          "     ",
                          "     ",
                          "     ");
            var route = new ushort[64];
            var exclude = new byte[Rows * Cols];
            exclude[P(0, 1)] = 2;
            Assert.AreEqual(0, map.ShortestRoute(P(0, 0), -1, ExperienceMap.WithWalls, exclude, 2, route), "the door was met in this trial");
            Assert.AreEqual(0, map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 2, route), "a door is not known free");
            map.MarkEntered(P(0, 1));
            Assert.AreEqual(5, map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 2, route), "entered again: free");
        }

        [TestMethod]
        public void ARouteLongerThanTheBuffer_IsNone()
        {
            var map = Map("....G", "     ", "     ", "     ", "     ");
            Assert.AreEqual(0, map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 1, new ushort[4]));
            Assert.AreEqual(5, map.ShortestRoute(P(0, 0), -1, ExperienceMap.KnownFree, NoExclusions, 1, new ushort[5]));
        }
    }
}
