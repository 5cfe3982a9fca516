using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Tests.Mars
{
    [TestClass]
    public class ElevationMapParserTests
    {
        private static ElevationFormatException Fails(string text, string source = "map.txt")
        {
            return Assert.ThrowsExactly<ElevationFormatException>(() => ElevationMapParser.Parse(text, source));
        }

        [TestMethod]
        public void PlainLevelsMapKeepsHundredths()
        {
            var map = ElevationMapParser.Parse("3 3\n104.8824462890625 107.88 1\n2 3 4\n-3.1176 5 6\n", "dir/paper-like.txt");
            Assert.AreEqual("paper-like", map.Name);
            Assert.AreEqual(3, map.Rows);
            Assert.AreEqual(3, map.Cols);
            Assert.IsFalse(map.InMetres);
            Assert.AreEqual(10488, map.ElevationCentiAt(0, 0));
            Assert.AreEqual(10788, map.ElevationCentiAt(0, 1));
            Assert.AreEqual(-312, map.ElevationCentiAt(2, 0));
        }

        [TestMethod]
        public void MolaTextHeaderMeansDecimetres()
        {
            var map = ElevationMapParser.Parse("3 3 463.06 -4612.0 787.0\n-46120 0 7870\n1 2 3\n4 5 6\n", "crop.txt");
            Assert.IsTrue(map.InMetres);
            Assert.AreEqual(46306, map.CellSizeCm);
            Assert.AreEqual(-461200, map.ElevationCentiAt(0, 0));
            Assert.AreEqual(78700, map.ElevationCentiAt(0, 2));
        }

        [TestMethod]
        public void EsriGridWithNoData()
        {
            var map = ElevationMapParser.Parse("ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 463.06\nNODATA_value -9999\n-2343.0 -9999 1.5\n1 2 3\n4 5 6\n", "crop.asc");
            Assert.IsTrue(map.InMetres);
            Assert.AreEqual(-234300, map.ElevationCentiAt(0, 0));
            Assert.IsTrue(map.IsNoData(0, 1));
            Assert.AreEqual(1, map.NoDataCount);
            Assert.AreEqual(150, map.ElevationCentiAt(0, 2));
        }

        [TestMethod]
        public void BadInputsNameFileLineAndField()
        {
            StringAssert.Contains(Fails("").Message, "map.txt: file is empty");
            StringAssert.Contains(Fails("3 3 1 2\n1 2 3\n").Message, "map.txt:1: header has 4 fields");
            StringAssert.Contains(Fails("3 x\n").Message, "map.txt:1: height (field 2) 'x' is not a whole number");
            StringAssert.Contains(Fails("2 3\n").Message, "width (field 1) 2 is out of range");
            StringAssert.Contains(Fails("3 3\n1 2 3\n1 2\n1 2 3\n").Message, "map.txt:3: row 1 has 2 values, expected 3");
            StringAssert.Contains(Fails("3 3\n1 2 3\n1 abc 3\n1 2 3\n").Message, "map.txt:3: row 1, value 2 (col 1) 'abc' is not a number");
            StringAssert.Contains(Fails("3 3\n1 2 3\n1 2 3\n").Message, "grid has 2 rows (from line 2), expected 3");
            StringAssert.Contains(Fails("3 3\n1 2 3\n1 2 3\n1 2 3\n4 4 4\n").Message, "map.txt:5: text after the last of the 3 rows");
            StringAssert.Contains(Fails("ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\n1 2 3\n").Message, "no 'cellsize' line");
            StringAssert.Contains(Fails("ncols 3\nnrows 3\ncolour red\n").Message, "map.txt:3: unknown ESRI header key 'colour'");
            StringAssert.Contains(Fails("3 3 463.06 -10.0 10.0\n1 2 3\n1 2 3\n1 2 3\n").Message, "map.txt:1: header says elevations span -10.00 .. 10.00 m");
            StringAssert.Contains(Fails("ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value 0\n0 0 0\n0 0 0\n0 0 0\n").Message, "every cell is NODATA_value");
        }

        [TestMethod]
        public void ElevationErrorsAreMazeFormatErrorsForTheCli()
        {
            Assert.IsInstanceOfType(Fails(""), typeof(MazeFormatException));
            Assert.AreEqual(3, Fails("3 3\n1 2 3\n1 2\n").LineNumber);
        }
    }

    [TestClass]
    public class TerrainCostModelTests
    {
        [TestMethod]
        public void BandCostIsThePapersFormula()
        {
            var map = ElevationMapParser.Parse("3 3\n107.88 104.88 87.88\n106.88 200 50\n1 1 1\n", "m");
            ushort[] cost = TerrainCostModel.PaperDefaults().Compute(map);
            Assert.AreEqual(100, cost[0]);   // 1
            Assert.AreEqual(235, cost[1]);   // 1 + 0.45 * 3
            Assert.AreEqual(1000, cost[2]);  // 10, impassable
            Assert.AreEqual(145, cost[3]);
            Assert.AreEqual(100, cost[4]);
            Assert.AreEqual(1000, cost[5]);
        }

        [TestMethod]
        public void SlopeCostRisesWithGradeAndNoDataIsImpassable()
        {
            // 100 m cells: a 10 m step is a 100 per-mille grade, 60 m is 600 (beyond 25 degrees).
            var map = ElevationMapParser.Parse("ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 100\nNODATA_value -9999\n0 0 0\n0 0 0\n10 10 -9999\n", "m.asc");
            var model = TerrainCostModel.PaperDefaults();
            Assert.AreEqual(TerrainCostMode.Slope, model.ModeFor(map));
            ushort[] cost = model.Compute(map);
            Assert.AreEqual(100, cost[0]);             // nothing steep next to it
            Assert.IsTrue(cost[3] > 100 && cost[3] < 1000, "next to the 10 m step: " + cost[3]);
            Assert.AreEqual(1000, cost[8]);            // no data
            Assert.AreEqual(1000, model.SlopeCost(600));
            Assert.AreEqual(100, model.SlopeCost(50));
        }

        [TestMethod]
        public void MissionRejectsImpassableStartAndUnreachableGoal()
        {
            var map = ElevationMapParser.Parse("5 3\n200 200 50 200 200\n200 200 50 200 200\n200 200 50 200 200\n", "wall");
            var e = Assert.ThrowsExactly<ElevationFormatException>(() => new TerrainMission(map, TerrainCostModel.PaperDefaults(), 0, 2, 0, 4));
            StringAssert.Contains(e.Message, "start (0,2) is impassable");
            e = Assert.ThrowsExactly<ElevationFormatException>(() => new TerrainMission(map, TerrainCostModel.PaperDefaults(), 0, 0, 0, 4));
            StringAssert.Contains(e.Message, "cannot be reached");
            var ok = new TerrainMission(map, TerrainCostModel.PaperDefaults(), 0, 0, 2, 1);
            Assert.AreEqual(2, ok.ShortestMoves);
            Assert.IsTrue(ok.Maze.IsWall(1, 2));
        }
    }
}
