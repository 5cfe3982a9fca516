using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class DirectionTests
    {
        [TestMethod]
        public void Deltas_FollowNavMCases_RowThenCol()
        {
            // NAV.m cases 1..8 with X = row, Y = col: N(-1,0) NE(-1,+1) E(0,+1) SE(+1,+1) S(+1,0) SW(+1,-1) W(0,-1) NW(-1,-1).
            int[] expectedRow = { -1, -1, 0, 1, 1, 1, 0, -1 };
            int[] expectedCol = { 0, 1, 1, 1, 0, -1, -1, -1 };
            int[] order = { Direction.N, Direction.NE, Direction.E, Direction.SE, Direction.S, Direction.SW, Direction.W, Direction.NW };
            Assert.AreEqual(8, Direction.Count);
            for (int k = 0; k < Direction.Count; k++)
            {
                Assert.AreEqual(k, order[k]);
                Assert.AreEqual(expectedRow[k], Direction.RowDelta[order[k]], "row delta of " + Direction.Name(k));
                Assert.AreEqual(expectedCol[k], Direction.ColDelta[order[k]], "col delta of " + Direction.Name(k));
            }
        }

        [TestMethod]
        public void Opposite_UndoesEveryMove()
        {
            Assert.AreEqual(Direction.S, Direction.Opposite(Direction.N));
            Assert.AreEqual(Direction.SW, Direction.Opposite(Direction.NE));
            Assert.AreEqual(Direction.W, Direction.Opposite(Direction.E));
            Assert.AreEqual(Direction.NW, Direction.Opposite(Direction.SE));
            for (int d = 0; d < Direction.Count; d++)
            {
                int o = Direction.Opposite(d);
                Assert.AreEqual(d, Direction.Opposite(o));
                Assert.AreEqual(0, Direction.RowDelta[d] + Direction.RowDelta[o]);
                Assert.AreEqual(0, Direction.ColDelta[d] + Direction.ColDelta[o]);
            }

            Assert.AreEqual("NW", Direction.Name(Direction.NW));
            Assert.AreEqual("?", Direction.Name(8));
        }
    }
}
