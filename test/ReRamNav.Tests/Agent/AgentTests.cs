using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Agent
{
    [TestClass]
    public class AgentTests
    {
        // A 7x7 room: start top-left, goal bottom-right, one inner wall cell at (1,2).
        private const string Room =
            "#######\n" +
            "#S#...#\n" +
            "#.....#\n" +
            "#.....#\n" +
            "#.....#\n" +
            "#....G#\n" +
            "#######\n";

        private static (VirtualBoard board, ReRamBoard driver, PlaceCellAgent agent, GridMaze maze) Setup(string text = Room, uint seed = 1)
        {
            GridMaze maze = MazeParser.Parse(text, "room.txt");
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = maze.Rows, Cols = maze.Cols, Seed = seed });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            var parameters = AgentParameters.PaperDefaults();
            parameters.ExplorationTrials = 0; // these tests check the rules from the first trial on
            var agent = new PlaceCellAgent(driver, parameters);
            agent.InitialiseNetwork(seed);
            return (board, driver, agent, maze);
        }

        [TestMethod]
        public void InitialiseNetwork_PutsEveryThresholdAtNominal_AndAboutTenPercentOfSynapsesInHrs()
        {
            var (board, _, agent, maze) = Setup();
            var p = agent.Parameters;
            int hrs = 0, total = 0;
            for (int place = 0; place < maze.Rows * maze.Cols; place++)
            {
                int state = board.Array.StoredNs(place, Payloads.StateDevice);
                Assert.IsTrue(state > p.TrailMaxNs && state < p.WallMinNs, "place " + place + " state " + state + " nS is not nominal");
                for (int d = 0; d < 8; d++, total++)
                {
                    if (board.Array.StoredNs(place, d) < p.TrailMaxNs) hrs++;
                }
            }
            Assert.IsTrue(hrs > total * 0.03 && hrs < total * 0.2, hrs + " of " + total + " synapses in HRS");
        }

        [TestMethod]
        public void EveryStep_CostsOneReadAndAtMostOneWriteTransaction()
        {
            var (_, driver, agent, maze) = Setup();
            for (int trial = 0; trial < 5; trial++)
            {
                agent.BeginTrial(maze, 1, 1);
                for (int s = 0; s < 200; s++)
                {
                    long reads = driver.Counters.ReadTransactions, writes = driver.Counters.WriteTransactions;
                    int outcome = agent.Step();
                    Assert.AreEqual(1, driver.Counters.ReadTransactions - reads);
                    if (outcome != StepOutcome.ReachedGoal)
                    {
                        Assert.IsTrue(driver.Counters.WriteTransactions - writes <= 1, "more than one write in a step");
                    }
                    if (outcome == StepOutcome.ReachedGoal) break;
                }
            }
        }

        [TestMethod]
        public void Step_AllocatesNothing_InSteadyState()
        {
            var (_, _, agent, maze) = Setup();
            agent.BeginTrial(maze, 1, 1);
            agent.Step();
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            int steps = 0;
            for (int trial = 0; trial < 60; trial++)
            {
                agent.BeginTrial(maze, 1, 1);
                for (int s = 0; s < 300; s++, steps++)
                {
                    if (agent.Step() == StepOutcome.ReachedGoal) break;
                }
            }
            long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(steps > 100);
            Assert.AreEqual(0, allocated, allocated + " bytes over " + steps + " steps");
        }

        [TestMethod]
        public void BumpingAWall_PenalisesTheWallsStateDevice_AndTheAgentStays()
        {
            // Corridor with the goal behind a wall at (1,2): from (1,1) the agent's east neighbour is a wall.
            var (board, _, agent, maze) = Setup();
            var p = agent.Parameters;
            int wall = 1 * maze.Cols + 2;
            int bumps = 0;
            agent.BeginTrial(maze, 1, 1);
            for (int s = 0; s < 600 && bumps == 0; s++)
            {
                int row = agent.Row, col = agent.Col;
                int outcome = agent.Step();
                if (outcome == StepOutcome.Bumped)
                {
                    bumps++;
                    Assert.AreEqual(row, agent.Row);
                    Assert.AreEqual(col, agent.Col);
                }
                if (outcome == StepOutcome.ReachedGoal) agent.BeginTrial(maze, 1, 1);
            }
            Assert.IsTrue(bumps > 0, "the agent never tried a wall");
            int penalised = 0;
            for (int place = 0; place < maze.Rows * maze.Cols; place++)
            {
                if (maze.IsWall(place / maze.Cols, place % maze.Cols) && board.Array.StoredNs(place, Payloads.StateDevice) >= p.WallMinNs) penalised++;
            }
            Assert.AreEqual(1, penalised, "exactly the bumped wall carries the penalty");
            Assert.IsTrue(agent.Penalties >= 1);
            _ = wall;
        }

        [TestMethod]
        public void Moving_PotentiatesTheUsedSynapse()
        {
            var (board, _, agent, maze) = Setup();
            var p = agent.Parameters;
            agent.BeginTrial(maze, 1, 1);
            for (int s = 0; s < 50; s++)
            {
                int from = agent.Row * maze.Cols + agent.Col;
                int row = agent.Row, col = agent.Col;
                int outcome = agent.Step();
                if (outcome == StepOutcome.Bumped) continue;
                int d = DirectionOf(agent.Row - row, agent.Col - col);
                Assert.IsTrue(board.Array.StoredNs(from, d) >= p.SynapseLrsMinNs, "synapse " + d + " of place " + from + " not potentiated");
                if (outcome == StepOutcome.ReachedGoal) break;
            }
        }

        [TestMethod]
        public void Reward_WritesALowThresholdTrail_EndingAtTheGoal()
        {
            var (board, _, agent, maze) = Setup();
            var p = agent.Parameters;
            agent.BeginTrial(maze, 1, 1);
            int outcome = StepOutcome.Moved;
            for (int s = 0; s < 600 && outcome != StepOutcome.ReachedGoal; s++) outcome = agent.Step();
            Assert.AreEqual(StepOutcome.ReachedGoal, outcome);
            int goal = 5 * maze.Cols + 5;
            Assert.IsTrue(board.Array.StoredNs(goal, Payloads.StateDevice) <= p.TrailMaxNs, "goal is on the trail");
            Assert.IsTrue(board.Array.StoredNs(1 * maze.Cols + 1, Payloads.StateDevice) <= p.TrailMaxNs, "start is on the trail (path shorter than TrailLength)");
        }

        [TestMethod]
        public void AfterLearning_TheAgentRecallsAShortPath()
        {
            var (_, _, agent, maze) = Setup();
            int optimal = ShortestPath.Moves(maze, 1, 1);
            int last = 0;
            for (int trial = 0; trial < 10; trial++)
            {
                agent.BeginTrial(maze, 1, 1);
                int outcome = StepOutcome.Moved;
                while (outcome != StepOutcome.ReachedGoal && agent.Steps < 600) outcome = agent.Step();
                last = outcome == StepOutcome.ReachedGoal ? agent.Steps : 600;
            }
            Assert.IsTrue(last <= 2 * optimal, "recall took " + last + " steps, shortest is " + optimal);
        }

        [TestMethod]
        public void SameSeed_GivesTheSameRun()
        {
            string Run()
            {
                var (_, _, agent, maze) = Setup(Room, 42);
                var sb = new System.Text.StringBuilder();
                for (int trial = 0; trial < 5; trial++)
                {
                    agent.BeginTrial(maze, 1, 1);
                    int outcome = StepOutcome.Moved;
                    while (outcome != StepOutcome.ReachedGoal && agent.Steps < 600) outcome = agent.Step();
                    sb.Append(agent.Steps).Append(',');
                }
                return sb.ToString();
            }
            Assert.AreEqual(Run(), Run());
        }

        private static int DirectionOf(int dr, int dc)
        {
            for (int d = 0; d < 8; d++) if (Direction.RowDelta[d] == dr && Direction.ColDelta[d] == dc) return d;
            return -1;
        }
    }
}
