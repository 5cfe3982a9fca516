using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli.Baselines;

/// <summary>
/// The maze as a reinforcement-learning environment with the place-cell agent's rules: 8 moves
/// (N, NE, E, SE, S, SW, W, NW), a move into a wall or off the grid is refused (the agent stays) and
/// penalised, entering a goal cell is rewarded and ends the trial. Every action is one step, as every
/// fire is one step for the place-cell agent (bumps count).
/// </summary>
public static class GridWorld
{
    public const double WallPenalty = -1.0;
    public const double GoalReward = 1.0;
    public const double MoveReward = 0.0;

    /// <summary>Applies action a at cell (row, col): the next cell, the reward, and whether the trial ends.</summary>
    public static (int Row, int Col, double Reward, bool Done, bool Bumped) Step(GridMaze maze, int row, int col, int action)
    {
        int r = row + Direction.RowDelta[action], c = col + Direction.ColDelta[action];
        if (maze.IsWall(r, c)) return (row, col, WallPenalty, false, true);
        if (maze.IsGoal(r, c)) return (r, c, GoalReward, true, false);
        return (r, c, MoveReward, false, false);
    }
}

/// <summary>A learner that runs trials on a maze and keeps what it learned between trials (and layouts).</summary>
public interface IBaselineLearner
{
    string Name { get; }

    /// <summary>One trial from (startRow, startCol) with at most maxSteps actions; returns the steps taken and whether the goal was reached.</summary>
    (int Steps, bool ReachedGoal, int Penalties) RunTrial(GridMaze maze, int startRow, int startCol, int maxSteps);

    /// <summary>Learnable memory elements this learner holds (table entries, weights and biases, replay slots).</summary>
    long MemoryElements { get; }
}
