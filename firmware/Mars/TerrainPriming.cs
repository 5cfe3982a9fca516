using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// Writes what the rover knows before its first trial into the array, after
    /// <see cref="PlaceCellAgent.InitialiseNetwork"/> (docs/reproduce.md, "Mars rover"):
    /// the cost map into the neurons' thresholds (the paper's Fig. 5c cost map sets the thresholds,
    /// as walls do in the maze), and optionally the goal's bearing into the synapses.
    /// The agent itself is the unchanged maze agent. Batched pulse lists; runs once per experiment.
    /// </summary>
    public static class TerrainPriming
    {
        /// <summary>
        /// Cost 1 stays nominal (SET at NominalComplianceUa); a higher cost is a SET at a higher
        /// compliance, linear in the cost up to <paramref name="maxCostComplianceUa"/> just below
        /// impassable (a SET only raises G, and a higher LRS conductance is a higher threshold).
        /// Keep the top level below the agent's WallMinNs (LRS at 86 uA ~ 120 uS &lt; 130 uS), or the
        /// agent would treat costly ground as a learned wall. Impassable cells get the wall level
        /// (WallComplianceUa): the cost map already says they are walls. Returns the pulses queued.
        /// </summary>
        public static int ProgramCostThresholds(ReRamBoard board, AgentParameters p, TerrainMission mission, int maxCostComplianceUa)
        {
            int pulses = 0;
            int span = mission.ImpassableCostCenti - TerrainCostModel.MinCostCenti;
            for (int r = 0; r < mission.Map.Rows; r++)
            {
                for (int c = 0; c < mission.Map.Cols; c++)
                {
                    int place = r * mission.Map.Cols + c;
                    int cost = mission.CostCentiAt(r, c);
                    if (mission.Maze.IsGoal(r, c) || cost <= TerrainCostModel.MinCostCenti)
                    {
                        continue;
                    }

                    int complianceUa;
                    if (cost >= mission.ImpassableCostCenti)
                    {
                        complianceUa = p.WallComplianceUa;
                    }
                    else
                    {
                        complianceUa = p.NominalComplianceUa + (maxCostComplianceUa - p.NominalComplianceUa) * (cost - TerrainCostModel.MinCostCenti) / span;
                    }

                    if (complianceUa > p.NominalComplianceUa)
                    {
                        board.AddSet(place, Payloads.StateDevice, p.SetAmplitudeMv, complianceUa, p.PulseWidthNs);
                        pulses++;
                    }
                }
            }

            board.CommitPulses();
            return pulses;
        }

        /// <summary>
        /// Goal bearing (the rover knows where its goal is, not how to get there): every synapse whose
        /// move brings the agent strictly closer to the goal (Chebyshev distance, the 8-move metric)
        /// is SET at TrailComplianceUa, the strongest LRS; the others keep the experiment's random
        /// initial levels. With the paper preset that is ~175 uS against ~168 uS: a few per cent, which
        /// only decides between otherwise equal neighbours. Returns the pulses queued.
        /// </summary>
        public static int ProgramGoalBearing(ReRamBoard board, AgentParameters p, TerrainMission mission)
        {
            int pulses = 0;
            int rows = mission.Map.Rows;
            int cols = mission.Map.Cols;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    if (mission.Maze.IsWall(r, c))
                    {
                        continue;
                    }

                    int here = Chebyshev(r, c, mission.GoalRow, mission.GoalCol);
                    for (int d = 0; d < Direction.Count; d++)
                    {
                        int tr = r + Direction.RowDelta[d];
                        int tc = c + Direction.ColDelta[d];
                        if (!mission.Map.IsInside(tr, tc))
                        {
                            continue;
                        }

                        if (Chebyshev(tr, tc, mission.GoalRow, mission.GoalCol) < here)
                        {
                            board.AddSet(r * cols + c, d, p.SetAmplitudeMv, p.TrailComplianceUa, p.PulseWidthNs);
                            pulses++;
                        }
                    }
                }
            }

            board.CommitPulses();
            return pulses;
        }

        private static int Chebyshev(int r0, int c0, int r1, int c1)
        {
            int dr = r0 > r1 ? r0 - r1 : r1 - r0;
            int dc = c0 > c1 ? c0 - c1 : c1 - c0;
            return dr > dc ? dr : dc;
        }
    }
}
