using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests
{
    /// <summary>
    /// Learning in 1-place-wide corridors, the shape of micromouse contest mazes (docs/formats.md): a perfect
    /// maze (a random spanning tree of cells, every corridor one place wide, no loops), drawn in the micromouse
    /// format and parsed as a user's file would be, run with the agent's defaults (adaptation plateau at 8 visits,
    /// 200-place trail). With the paper's plateau (4 visits) and a 50-place
    /// trail the agent oscillates among places it has visited 4 times and must re-explore the first part of long
    /// routes in every trial (docs/algorithm.md §4.12); this test fails with those values (0/10 in 3 of 4 seeds).
    /// </summary>
    [TestClass]
    public class CorridorMazeLearningTests
    {
        private const int Cells = 10;
        private const int TrialsPerBlock = 20;
        private const int MaxSteps = 2000;

        [TestMethod]
        public void PerfectMaze_DefaultAgent_ReachesTheGoalInTheLastTrialsOfEverySeed()
        {
            GridMaze maze = PerfectMaze(Cells, new Random(7));
            int shortest = ShortestPath.Moves(maze, maze.StartRow, maze.StartCol);
            Assert.IsTrue(shortest >= 60, "a long route, like a contest maze's: " + shortest + " moves");
            var failures = new List<string>();
            foreach (uint seed in new uint[] { 1, 2, 3, 4 })
            {
                AgentParameters p = AgentParameters.PaperDefaults();
                List<TrialRecord> run = MazeExperiment.Run(maze, maze, maze.StartRow, maze.StartCol, TrialsPerBlock, MaxSteps, seed, p);
                var last = run.Where(r => r.Block == 1 && r.TrialInBlock > TrialsPerBlock - 10).ToList();
                int reached = last.Count(r => r.ReachedGoal);
                int withinTwiceShortest = last.Count(r => r.ReachedGoal && r.Steps <= 2 * shortest);
                if (reached < 9 || withinTwiceShortest < 8)
                {
                    failures.Add($"seed {seed}: {reached}/10 of the last trials reached the goal, {withinTwiceShortest} within 2x the shortest {shortest}; steps "
                        + string.Join(" ", last.Select(r => r.ReachedGoal ? r.Steps.ToString() : "x")));
                }
            }
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        }

        /// <summary>A perfect maze by randomised depth-first search: start in the bottom-left cell, goal the cell farthest from it.</summary>
        internal static GridMaze PerfectMaze(int cells, Random random)
        {
            var d = new MicromouseMazeDrawing(cells);
            for (int i = 0; i < cells * cells; i++)
            {
                d.EastWall[i] = true;
                d.NorthWall[i] = true;
            }
            var visited = new bool[cells * cells];
            var stack = new Stack<int>();
            stack.Push(0);
            visited[0] = true;
            while (stack.Count > 0)
            {
                int cell = stack.Peek(), x = cell % cells, y = cell / cells;
                var next = new List<int>();
                if (x > 0 && !visited[cell - 1]) next.Add(cell - 1);
                if (x < cells - 1 && !visited[cell + 1]) next.Add(cell + 1);
                if (y > 0 && !visited[cell - cells]) next.Add(cell - cells);
                if (y < cells - 1 && !visited[cell + cells]) next.Add(cell + cells);
                if (next.Count == 0)
                {
                    stack.Pop();
                    continue;
                }
                int n = next[random.Next(next.Count)];
                if (n == cell + 1) d.EastWall[cell] = false;
                else if (n == cell - 1) d.EastWall[n] = false;
                else if (n == cell + cells) d.NorthWall[cell] = false;
                else d.NorthWall[n] = false;
                visited[n] = true;
                stack.Push(n);
            }
            d.StartX = 0;
            d.StartY = 0;
            d.Goal[FarthestCell(d)] = true;
            return MazeParser.Parse(d.Text(), "perfect-" + cells + "x" + cells + ".txt");
        }

        private static int FarthestCell(MicromouseMazeDrawing d)
        {
            int n = d.Cells;
            var distance = Enumerable.Repeat(-1, n * n).ToArray();
            var queue = new Queue<int>();
            distance[0] = 0;
            queue.Enqueue(0);
            int farthest = 0;
            while (queue.Count > 0)
            {
                int c = queue.Dequeue(), x = c % n, y = c / n;
                if (distance[c] > distance[farthest]) farthest = c;
                void Visit(int to, bool open) { if (open && distance[to] < 0) { distance[to] = distance[c] + 1; queue.Enqueue(to); } }
                if (x < n - 1) Visit(c + 1, !d.EastWall[c]);
                if (x > 0) Visit(c - 1, !d.EastWall[c - 1]);
                if (y < n - 1) Visit(c + n, !d.NorthWall[c]);
                if (y > 0) Visit(c - n, !d.NorthWall[c - n]);
            }
            return farthest;
        }
    }
}
