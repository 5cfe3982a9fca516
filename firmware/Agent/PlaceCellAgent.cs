using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Agent
{
    /// <summary>
    /// The paper's recurrent network of place neurons (docs/algorithm.md), run by the MCU with every
    /// synapse and threshold in the board's ReRAM. One neuron per place; 8 directional synapses per
    /// place; the 8 neighbours integrate V_read * G_synapse until one crosses its own threshold
    /// (its state device's conductance plus the volatile adaptation), and the first to fire wins.
    ///
    /// Per step the agent costs one READ_NEIGHBOURHOOD transaction and at most one PULSE_LIST
    /// transaction, and allocates nothing. What the MCU keeps: position, this trial's path (for the
    /// reward trail), the volatile adaptation counts (the neurons' spike-frequency adaptation) and
    /// a few counters. Everything that is learned lives in the array.
    /// </summary>
    public sealed class PlaceCellAgent
    {
        private readonly ReRamBoard _board;
        private readonly AgentParameters _p;
        private readonly int _rows;
        private readonly int _cols;
        private readonly int[] _read = new int[Payloads.ReadNbrValues];
        private readonly byte[] _visits;
        private readonly byte[] _flags;
        private readonly ushort[] _path;
        private readonly short[] _stackIndexOfPlace;
        private readonly ushort[] _trail;
        private readonly ushort[] _enteredTrail;
        private readonly ushort[] _recall;
        private int _pathLength;
        private int _enteredTrailCount;
        private int _recallCount;
        private int _consecutiveBumps;
        private GridMaze _maze;
        private readonly ushort[] _bestTrail;
        private readonly ushort[] _route;
        private readonly ushort[] _writtenTrail;
        private int _writtenTrailLength;
        private int _bestTrailLength;
        private int _bestSteps = int.MaxValue;
        private int _trialsBegun;
        private bool _exploring;
        private readonly ExperienceMap _experience;
        private int _replans;
        private int _explorationEndsAtTrial;
        private bool _doorReopened;
        private bool _recallFailedSinceReward;
        private int _bestRouteStart = -1;
        private int _bestRouteMoves;
        /// <summary>A reward has been reached in this experiment (or, after a resume, a trail was found in the array).</summary>
        private bool _everRewarded;

        private const byte FlagEnteredTrail = 1;
        /// <summary>The agent bumped into this place in this trial: certainly a wall now.</summary>
        private const byte FlagWallThisTrial = 2;
        /// <summary>Scratch mark while a trail is written: the place is on the new trail.</summary>
        private const byte FlagOnNewTrail = 4;

        /// <summary>Current position.</summary>
        public int Row;
        public int Col;

        /// <summary>This trial's counters (reset by <see cref="BeginTrial"/>).</summary>
        public int Steps;
        public int Penalties;
        public int RecallsForgotten;
        /// <summary>Sum of the closed-form integration times of every fire, ns.</summary>
        public long IntegrationTimeNs;
        /// <summary>Energy the 8 synapses dissipate while integrating (V_read^2 * sum G * t_fire), fJ.</summary>
        public long IntegrationEnergyFj;

        public PlaceCellAgent(ReRamBoard board, AgentParameters parameters)
        {
            _board = board;
            _p = parameters;
            _rows = board.Identity.Rows;
            _cols = board.Identity.Cols;
            int places = _rows * _cols;
            _visits = new byte[places];
            _flags = new byte[places];
            _path = new ushort[parameters.MaxPathLength + 1];
            _stackIndexOfPlace = new short[places];
            _trail = new ushort[parameters.MaxPathLength + 1];
            _enteredTrail = new ushort[parameters.MaxPathLength + 1];
            _recall = new ushort[parameters.MaxPathLength + 1];
            _bestTrail = new ushort[parameters.MaxPathLength + 1];
            _route = new ushort[parameters.MaxPathLength + 1];
            _writtenTrail = new ushort[parameters.MaxPathLength + 1];
            _experience = new ExperienceMap(_rows, _cols);
        }

        /// <summary>What the agent has experienced (places entered, walls met, rewards), kept by the MCU.</summary>
        public ExperienceMap Experience { get { return _experience; } }

        /// <summary>Replays after failed recalls in this trial.</summary>
        public int Replans { get { return _replans; } }

        /// <summary>True while the agent explores without following trails (its first ExplorationTrials trials).</summary>
        public bool IsExploring { get { return _exploring; } }

        public AgentParameters Parameters { get { return _p; } }

        /// <summary>Places visited in this trial so far, the start included.</summary>
        public int PathLength { get { return _pathLength; } }

        /// <summary>The i-th place of this trial's path (place = row * cols + col).</summary>
        public int PathAt(int index)
        {
            return _path[index];
        }

        /// <summary>
        /// Programs the whole array to the start of an experiment: every threshold nominal, every
        /// synapse potentiated except a random 10 % left in HRS (NAV.m l.127-191: the device
        /// variability that breaks ties is the board's own). Batched in full pulse lists.
        /// </summary>
        public void InitialiseNetwork(uint seed)
        {
            var random = new SplitMix32(seed);
            // A new experiment: nothing of the previous one survives on the MCU either.
            _experience.Clear();
            _trialsBegun = 0;
            _bestSteps = int.MaxValue;
            _bestTrailLength = 0;
            _recallFailedSinceReward = false;
            _doorReopened = false;
            _writtenTrailLength = 0;
            _explorationEndsAtTrial = _p.ExplorationTrials;
            _bestRouteStart = -1;
            _bestRouteMoves = 0;
            _everRewarded = false;
            int places = _rows * _cols;
            for (int place = 0; place < places; place++)
            {
                AddNominalThreshold(place);
                for (int d = 0; d < Direction.Count; d++)
                {
                    if (random.NextInt(1000) < _p.InitialHrsSynapsePerMille)
                    {
                        _board.AddSet(place, d, _p.SetAmplitudeMv, _p.SynapseComplianceUa, _p.PulseWidthNs);
                        _board.AddReset(place, d, -_p.SynapseStopMv, _p.PulseWidthNs);
                    }
                    else
                    {
                        _board.AddSet(place, d, _p.SetAmplitudeMv, _p.SynapseComplianceUa, _p.PulseWidthNs);
                    }
                }
            }
            _board.CommitPulses();
        }

        /// <summary>
        /// Continues an experiment after an MCU reset, with the learned state kept in the array: the
        /// agent counts <paramref name="trialsDone"/> trials as done (so exploration trials are not
        /// repeated) and rebuilds what it can of its MCU state from the array (<see cref="RecoverFromArray"/>):
        /// the trail's places, not the rest of the places it had walked (docs/resume.md).
        /// </summary>
        public void ContinueExperiment(int trialsDone)
        {
            _trialsBegun = trialsDone;
            RecoverFromArray();
            // A trail in the array means a reward was reached; without one, explore until the next (ExploreUntilFirstReward).
            _everRewarded = _writtenTrailLength > 0;
        }

        /// <summary>
        /// After an MCU reset, what the array still knows: every place whose state device reads as trail is
        /// a place the agent walked (so it enters the experience map, and it is the trail the next reward
        /// replaces), every place that reads as wall was met as one. One READ_BLOCK of state devices per
        /// chunk of places; boards without READ_BLOCK (protocol 1.0) recover nothing.
        /// </summary>
        private void RecoverFromArray()
        {
            _experience.Clear();
            _writtenTrailLength = 0;
            if (!_board.Identity.Has(Capability.ReadBlock))
            {
                return;
            }
            int places = _rows * _cols;
            int chunk = ReadBlockPayload.MaxValues < places ? ReadBlockPayload.MaxValues : places;
            int[] state = new int[chunk]; // once per resume, not per step
            for (int first = 0; first < places; first += chunk)
            {
                int count = places - first < chunk ? places - first : chunk;
                _board.ReadBlock(first, count, 1 << Payloads.StateDevice, _p.ReadMv, _p.ReadSamples, state);
                for (int i = 0; i < count; i++)
                {
                    int place = first + i;
                    if (state[i] <= _p.TrailMaxNs)
                    {
                        _experience.MarkEntered(place);
                        if (_writtenTrailLength < _writtenTrail.Length)
                        {
                            _writtenTrail[_writtenTrailLength++] = (ushort)place;
                        }
                    }
                    else if (state[i] >= _p.WallMinNs)
                    {
                        _experience.MarkWall(place);
                    }
                }
            }
        }

        /// <summary>Starts a trial at (row, col) in <paramref name="maze"/>: volatile state cleared, learned state kept.</summary>
        public void BeginTrial(GridMaze maze, int startRow, int startCol)
        {
            _maze = maze;
            _trialsBegun++;
            _exploring = _trialsBegun <= _explorationEndsAtTrial || (_p.ExploreUntilFirstReward && !_everRewarded);
            Row = startRow;
            Col = startCol;
            for (int i = 0; i < _visits.Length; i++)
            {
                _visits[i] = 0;
                _flags[i] = 0;
            }
            _path[0] = (ushort)(startRow * _cols + startCol);
            _pathLength = 1;
            _experience.MarkEntered(_path[0]);
            _replans = 0;
            _enteredTrailCount = 0;
            _recallCount = 0;
            _consecutiveBumps = 0;
            Steps = 0;
            Penalties = 0;
            RecallsForgotten = 0;
            IntegrationTimeNs = 0;
            IntegrationEnergyFj = 0;
        }

        /// <summary>One fire of the network: read, winner-take-all, move or bump, learn. Returns a <see cref="StepOutcome"/>.</summary>
        public int Step()
        {
            int place = Row * _cols + Col;
            _board.ReadNeighbourhood(place, _p.ReadMv, _p.ReadSamples, _read);
            int winner = FirstToFire(place);
            Steps++;
#if !NANOFRAMEWORK_1_0
            if (System.Environment.GetEnvironmentVariable("AGENT_DEBUG") == _trialsBegun.ToString()) System.Console.Error.WriteLine("DBG " + Steps + " " + Row + "," + Col + " d" + winner + " st " + _read[8 + winner] / 1000 + " syn " + _read[winner]/1000 + " v" + _visits[place + Direction.RowDelta[winner] * _cols + Direction.ColDelta[winner]] + (_maze.IsWall(Row + Direction.RowDelta[winner], Col + Direction.ColDelta[winner]) ? " BUMP" : "") + " r" + _replans + (_exploring ? " X" : ""));
#endif
            int targetRow = Row + Direction.RowDelta[winner];
            int targetCol = Col + Direction.ColDelta[winner];
            int targetState = _read[8 + winner];
            if (_maze.IsWall(targetRow, targetCol))
            {
                Penalise(place, winner, targetRow, targetCol, targetState);
                _board.CommitPulses();
                return StepOutcome.Bumped;
            }
            _consecutiveBumps = 0;
            int target = targetRow * _cols + targetCol;
            // Hebbian potentiation of the synapse that carried the fire (skipped if already LRS: saves a pulse and wear).
            if (_read[winner] < _p.SynapseLrsMinNs)
            {
                _board.AddSet(place, winner, _p.SetAmplitudeMv, _p.SynapseComplianceUa, _p.PulseWidthNs);
            }
            if (_p.ClearStalePenalties && targetState >= _p.WallMinNs)
            {
                AddNominalThreshold(target);
            }
            Adapt(place);
            Row = targetRow;
            Col = targetCol;
            if ((_experience.FlagsAt(target) & ExperienceMap.SeenWall) != 0)
            {
                _doorReopened = true;
            }
            _experience.MarkEntered(target);
            if (_pathLength < _path.Length)
            {
                _path[_pathLength++] = (ushort)target;
            }
            if (targetState <= _p.TrailMaxNs)
            {
                _recall[_recallCount++ % _recall.Length] = (ushort)target;
                if ((_flags[target] & FlagEnteredTrail) == 0 && _enteredTrailCount < _enteredTrail.Length)
                {
                    _flags[target] |= FlagEnteredTrail;
                    _enteredTrail[_enteredTrailCount++] = (ushort)target;
                }
            }
            else
            {
                _recallCount = 0;
            }
            if (_maze.IsGoal(targetRow, targetCol))
            {
                _experience.MarkRewarded(target);
                _everRewarded = true;
                Reward();
                _board.CommitPulses();
                return StepOutcome.ReachedGoal;
            }
            _board.CommitPulses();
            return StepOutcome.Moved;
        }

        /// <summary>Called when a trial ends without reward: the trail cells it walked led nowhere.</summary>
        public void EndFailedTrial()
        {
            if (_exploring && _trialsBegun == _explorationEndsAtTrial && (_bestTrailLength > 0 || _p.TrailMode == TrailMode.ShortestExperienced))
            {
                int length = _p.TrailMode == TrailMode.ShortestExperienced ? ExperiencedTrail(_path[0]) : 0;
                if (length == 0 && _bestTrailLength > 0)
                {
                    for (int i = 0; i < _bestTrailLength; i++)
                    {
                        _trail[i] = _bestTrail[i];
                    }
                    length = _bestTrailLength;
                }
                WriteTrail(length);
            }
            if (!_p.ForgetFailedRecalls || _exploring)
            {
                return; // an exploring trial did not follow the trail, so its failure says nothing about it
            }
            for (int i = 0; i < _enteredTrailCount; i++)
            {
                AddForgetTrail(_enteredTrail[i]);
            }
            if (_enteredTrailCount > 0)
            {
                _recallFailedSinceReward = true;
            }
            _board.CommitPulses();
        }

        /// <summary>
        /// Ideal winner-take-all in closed form: neighbour d fires after
        /// t_d = tau * theta_d / G_d, theta_d = G_STA(d) + adaptation(d). The smallest t wins;
        /// ties go to the lower direction index (never happens with real device spread).
        /// Compares theta_a * G_b against theta_b * G_a so that no division is needed per direction.
        /// </summary>
        private int FirstToFire(int place)
        {
            int best = -1;
            long bestThreshold = 0;
            long bestSynapse = 1;
            long synapseSumNs = 0;
            for (int d = 0; d < Direction.Count; d++)
            {
                int state = _read[8 + d];
                if (state < 0)
                {
                    continue; // off the array: no neuron there
                }
                if (_exploring && state < _p.ExplorationFloorNs)
                {
                    state = _p.ExplorationFloorNs; // exploration: trails attract no more than this (a comparator floor)
                }
                long synapse = _read[d] > 0 ? _read[d] : 1;
                synapseSumNs += synapse;
                int target = place + Direction.RowDelta[d] * _cols + Direction.ColDelta[d];
                int visits = _visits[target];
                long threshold = state + (long)_p.AdaptationStepNs * (visits < _p.AdaptationMaxVisits ? visits : _p.AdaptationMaxVisits);
                if (_exploring && (_experience.FlagsAt(target) & ExperienceMap.Entered) != 0)
                {
                    threshold += _p.ExplorationNoveltyNs; // exploring: places known from earlier trials are less exciting
                }
                if (best < 0 || threshold * bestSynapse < bestThreshold * synapse)
                {
                    best = d;
                    bestThreshold = threshold;
                    bestSynapse = synapse;
                }
            }
            long fireNs = (long)_p.NeuronTimeConstantNs * bestThreshold / bestSynapse;
            IntegrationTimeNs += fireNs;
            // E = V^2 * sum(G) * t: mV^2 * nS * ns = 1e-24 J = 1e-9 fJ.
            IntegrationEnergyFj += (long)_p.ReadMv * _p.ReadMv * synapseSumNs / 1000 * fireNs / 1000000;
            return best;
        }

        private void Penalise(int place, int direction, int wallRow, int wallCol, int wallState)
        {
            Penalties++;
            _consecutiveBumps++;
            bool onArray = wallRow >= 0 && wallRow < _rows && wallCol >= 0 && wallCol < _cols;
            if (onArray)
            {
                int wallPlace = wallRow * _cols + wallCol;
                _experience.MarkWall(wallPlace);
                _flags[wallPlace] |= FlagWallThisTrial;
            }
            if (wallState >= 0 && wallState < _p.WallMinNs)
            {
                _board.AddSet(wallRow * _cols + wallCol, Payloads.StateDevice, _p.SetAmplitudeMv, _p.WallComplianceUa, _p.PulseWidthNs);
            }
            if (_p.DepressSynapseAtWall && _read[direction] > _p.TrailMaxNs)
            {
                _board.AddReset(place, direction, -_p.SynapseStopMv, _p.PulseWidthNs);
            }
            Adapt(place);
            if (_p.AdaptWallOnBump && onArray)
            {
                Adapt(wallRow * _cols + wallCol);
            }
            // A recall that runs into a wall was following a trail the world no longer supports: forget it.
            // (a bump into a place written as trail is one too: a replayed route met a wall).
            bool recallFailed = _recallCount > 0 || (wallState >= 0 && wallState <= _p.TrailMaxNs);
            if (_p.ForgetFailedRecalls && recallFailed)
            {
                int n = _recallCount < _recall.Length ? _recallCount : _recall.Length;
                for (int i = 0; i < n; i++)
                {
                    AddForgetTrail(_recall[i]);
                }
                _recallCount = 0;
                RecallsForgotten++;
                _recallFailedSinceReward = true;
                if (_p.ReplanFailedRecalls && _p.TrailMode == TrailMode.ShortestExperienced && _replans < _p.MaxReplansPerTrial)
                {
                    Replan(place);
                }
            }
            if (_p.ReleaseAfterBumps > 0 && _consecutiveBumps >= _p.ReleaseAfterBumps)
            {
                ReleaseNeighbourhood();
                _consecutiveBumps = 0;
            }
            if (_p.ScaleUpAfterBumps > 0 && _consecutiveBumps >= _p.ScaleUpAfterBumps)
            {
                ScaleUpSynapses(place);
                _consecutiveBumps = 0;
            }
        }

        /// <summary>
        /// Homeostatic synaptic scaling: a place whose neuron only drives walls (every fire a bump)
        /// potentiates its depressed synapses towards places not known as walls. Without it, a place
        /// whose open exits all start in HRS (10 % of synapses do) traps the agent: an HRS synapse
        /// integrates ~50x slower than an LRS one, so the walls keep winning.
        /// </summary>
        private void ScaleUpSynapses(int place)
        {
            for (int d = 0; d < Direction.Count; d++)
            {
                if (_read[d] >= _p.SynapseLrsMinNs || _read[8 + d] < 0)
                {
                    continue;
                }
                int target = place + Direction.RowDelta[d] * _cols + Direction.ColDelta[d];
                if ((_experience.FlagsAt(target) & ExperienceMap.SeenWall) == 0)
                {
                    _board.AddSet(place, d, _p.SetAmplitudeMv, _p.SynapseComplianceUa, _p.PulseWidthNs);
                }
            }
        }

        /// <summary>
        /// Replay after a failed recall: the shortest experienced route from here to a rewarded place,
        /// avoiding this trial's walls. Routes through doors (places entered once, met as walls later)
        /// or through walls met before are charged ReplanDoorCost / ReplanWallCost moves per such place
        /// (the world may have changed back); the cheapest route wins. A wrong guess costs one bump and
        /// another replay.
        /// becomes the trail. Its places lose this trial's adaptation, so the agent can walk back
        /// along places it has just left: their neurons are driven by the trail, not by novelty.
        /// </summary>
        private void Replan(int place)
        {
            int bestLength = 0;
            int bestCost = int.MaxValue;
            for (int trust = ExperienceMap.KnownFree; trust <= ExperienceMap.WithWalls; trust++)
            {
                int length = _experience.ShortestRoute(place, -1, trust, _flags, FlagWallThisTrial, _route);
                if (length == 0)
                {
                    continue;
                }
                int cost = length;
                for (int i = 1; i < length; i++)
                {
                    cost += _experience.DoubtCost(_route[i], _p.ReplanDoorCost, _p.ReplanWallCost);
                }
                if (cost < bestCost)
                {
                    bestCost = cost;
                    bestLength = length;
                    for (int i = 0; i < length; i++)
                    {
                        _trail[i] = _route[i];
                    }
                }
            }
            if (bestLength < 2)
            {
                return;
            }
            _replans++;
            WriteTrail(bestLength);
            for (int i = 1; i < bestLength; i++)
            {
                _visits[_trail[i]] = 0;
            }
        }

        /// <summary>The experienced shortest route from <paramref name="from"/> to a rewarded place into _trail, cut to TrailLength; 0 if none.</summary>
        private int ExperiencedTrail(int from)
        {
            int length = _experience.ShortestRoute(from, -1, ExperienceMap.KnownFree, _flags, FlagWallThisTrial, _trail);
            return CutToTrailLength(length);
        }

        /// <summary>Noise-induced release (NAV.m case 0): the 3x3 neighbourhood forgets this trial's adaptation.</summary>
        private void ReleaseNeighbourhood()
        {
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int r = Row + dr;
                    int c = Col + dc;
                    if (r >= 0 && r < _rows && c >= 0 && c < _cols)
                    {
                        _visits[r * _cols + c] = 0;
                    }
                }
            }
        }

        private void Adapt(int place)
        {
            if (_visits[place] < 255)
            {
                _visits[place]++;
            }
        }

        /// <summary>
        /// Reward: the last <see cref="AgentParameters.TrailLength"/> places of the path (loops
        /// erased, if enabled) get the trail threshold, and the synapses along it the strongest LRS.
        /// </summary>
        private void Reward()
        {
            int trailLength = BuildTrail();
            bool replay = _p.TrailMode == TrailMode.ShortestExperienced;
            if (replay && !_exploring)
            {
                NoteRoute(trailLength);
            }
            if (_exploring && replay)
            {
                _recallFailedSinceReward = false;
                _doorReopened = false;
                // The trail is the shortest route through everything explored so far. It is written at every
                // reward (exploring trials do not follow it: the floor), so the array always holds the best
                // route known and an MCU reset during exploration loses no route.
            }
            else if (_exploring)
            {
                if (Steps < _bestSteps)
                {
                    _bestSteps = Steps;
                    _bestTrailLength = trailLength;
                    for (int i = 0; i < trailLength; i++)
                    {
                        _bestTrail[i] = _trail[i];
                    }
                }
                if (_trialsBegun < _explorationEndsAtTrial)
                {
                    return;
                }
                trailLength = _bestTrailLength;
                for (int i = 0; i < trailLength; i++)
                {
                    _trail[i] = _bestTrail[i];
                }
            }
            WriteTrail(trailLength);
        }

        /// <summary>
        /// Re-exploration: the world changed since the last reward (a recall failed), it is not a layout the
        /// agent knew coming back (no door reopened since), and the best route now is ReexploreRoutePercent or more of
        /// the best route it had from this start: a shorter one may exist that the agent has never
        /// walked, and once it follows a trail it explores no more. So the next ReexploreTrials trials
        /// explore (trails do not attract), and the shortest route through all of it is written after.
        /// </summary>
        private void NoteRoute(int trailLength)
        {
            int moves = trailLength - 1;
            int start = _path[0];
            bool changed = _recallFailedSinceReward;
            bool reverted = _doorReopened;
            _recallFailedSinceReward = false;
            _doorReopened = false;
            if (_p.ReexploreRoutePercent > 0 && changed && !reverted && start == _bestRouteStart
                && (long)moves * 100 >= (long)_bestRouteMoves * _p.ReexploreRoutePercent)
            {
                _explorationEndsAtTrial = _trialsBegun + _p.ReexploreTrials;
                _bestRouteMoves = moves; // the changed world is the new reference: explore once per change
            }
            if (start != _bestRouteStart || moves < _bestRouteMoves)
            {
                _bestRouteStart = start;
                _bestRouteMoves = moves;
            }
        }

        /// <summary>Programs _trail[0..length): trail threshold on every place, strongest synapse along it.</summary>
        private void WriteTrail(int trailLength)
        {
            if (_p.TrailMode == TrailMode.ShortestExperienced)
            {
                ReplacePreviousTrail(trailLength);
            }
            for (int i = 0; i < trailLength; i++)
            {
                int place = _trail[i];
                _board.AddReset(place, Payloads.StateDevice, -_p.TrailStopMv, _p.PulseWidthNs);
                if (i + 1 < trailLength)
                {
                    int direction = DirectionBetween(place, _trail[i + 1]);
                    if (direction >= 0)
                    {
                        _board.AddSet(place, direction, _p.SetAmplitudeMv, _p.TrailComplianceUa, _p.PulseWidthNs);
                    }
                }
            }
        }

        /// <summary>
        /// One trail at a time: the places of the previously written trail that the new one does not
        /// keep go back to theta0, so no stale fragment of an old route misleads a later recall (what
        /// was learned of old routes is in the experience map, for replay). Remembers the new trail.
        /// </summary>
        private void ReplacePreviousTrail(int trailLength)
        {
            for (int i = 0; i < trailLength; i++)
            {
                _flags[_trail[i]] |= FlagOnNewTrail;
            }
            for (int i = 0; i < _writtenTrailLength; i++)
            {
                int place = _writtenTrail[i];
                if ((_flags[place] & (FlagOnNewTrail | FlagWallThisTrial)) == 0)
                {
                    AddForgetTrail(place);
                }
            }
            for (int i = 0; i < trailLength; i++)
            {
                _flags[_trail[i]] &= unchecked((byte)~FlagOnNewTrail);
                _writtenTrail[i] = _trail[i];
            }
            _writtenTrailLength = trailLength;
        }

        /// <summary>Fills _trail with the last TrailLength places of the path (cut as TrailMode says), oldest first; returns the count.</summary>
        private int BuildTrail()
        {
            if (_p.TrailMode == TrailMode.ShortestExperienced)
            {
                int route = _experience.ShortestRoute(_path[0], _path[_pathLength - 1], ExperienceMap.KnownFree, _flags, FlagWallThisTrial, _trail);
                if (route > 0)
                {
                    return CutToTrailLength(route);
                }
            }
            int count = _p.TrailMode == TrailMode.LastPositions ? CopyPath() : EraseLoops();
            if (_p.TrailMode >= TrailMode.Shortcut)
            {
                count = CutDetours(count);
            }
            return CutToTrailLength(count);
        }

        /// <summary>Keeps the last TrailLength places of _trail[0..count) (the ones nearest the reward); returns the new count.</summary>
        private int CutToTrailLength(int count)
        {
            if (count <= _p.TrailLength)
            {
                return count;
            }
            int skip = count - _p.TrailLength;
            for (int i = 0; i < _p.TrailLength; i++)
            {
                _trail[i] = _trail[i + skip];
            }
            return _p.TrailLength;
        }

        private int CopyPath()
        {
            for (int i = 0; i < _pathLength; i++)
            {
                _trail[i] = _path[i];
            }
            return _pathLength;
        }

        /// <summary>Loop-erased path into _trail: when a place comes back, everything since its last visit is dropped.</summary>
        private int EraseLoops()
        {
            for (int i = 0; i < _stackIndexOfPlace.Length; i++)
            {
                _stackIndexOfPlace[i] = -1;
            }
            int count = 0;
            for (int i = 0; i < _pathLength; i++)
            {
                int place = _path[i];
                int seen = _stackIndexOfPlace[place];
                if (seen >= 0)
                {
                    for (int j = seen + 1; j < count; j++)
                    {
                        _stackIndexOfPlace[_trail[j]] = -1;
                    }
                    count = seen + 1;
                    continue;
                }
                _stackIndexOfPlace[place] = (short)count;
                _trail[count++] = (ushort)place;
            }
            return count;
        }

        /// <summary>
        /// Greedy shortcut of a loop-free path in place: from each kept place, jump to the last later
        /// place that is one move away. Both places were walked (so both are free), and the
        /// environment allows any move between free neighbours, so the shortened trail is walkable.
        /// O(n^2) once per rewarded trial.
        /// </summary>
        private int CutDetours(int count)
        {
            int kept = 0;
            int i = 0;
            while (i < count)
            {
                _trail[kept++] = _trail[i];
                int next = i + 1;
                for (int j = count - 1; j > i + 1; j--)
                {
                    if (AreNeighbours(_trail[i], _trail[j]))
                    {
                        next = j;
                        break;
                    }
                }
                i = next;
            }
            return kept;
        }

        private bool AreNeighbours(int a, int b)
        {
            int dr = a / _cols - b / _cols;
            int dc = a % _cols - b % _cols;
            return dr >= -1 && dr <= 1 && dc >= -1 && dc <= 1;
        }

        private int DirectionBetween(int from, int to)
        {
            int dr = to / _cols - from / _cols;
            int dc = to % _cols - from % _cols;
            for (int d = 0; d < Direction.Count; d++)
            {
                if (Direction.RowDelta[d] == dr && Direction.ColDelta[d] == dc)
                {
                    return d;
                }
            }
            return -1;
        }

        /// <summary>Back to theta0 from any level: a SET cannot lower G, so RESET first, then SET at the nominal compliance.</summary>
        private void AddNominalThreshold(int place)
        {
            _board.AddReset(place, Payloads.StateDevice, -_p.ClearStopMv, _p.PulseWidthNs);
            _board.AddSet(place, Payloads.StateDevice, _p.SetAmplitudeMv, _p.NominalComplianceUa, _p.PulseWidthNs);
        }

        /// <summary>Trail cell back to theta0: it is in HRS, so one SET at the nominal compliance does it.</summary>
        private void AddForgetTrail(int place)
        {
            _board.AddSet(place, Payloads.StateDevice, _p.SetAmplitudeMv, _p.NominalComplianceUa, _p.PulseWidthNs);
        }
    }
}
