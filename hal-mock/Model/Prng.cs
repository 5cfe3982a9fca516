using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// The model's one seeded pseudo-random number generator: xoshiro128** 1.0 (Blackman &amp; Vigna,
    /// "Scrambled linear pseudorandom number generators", ACM TOMS 2021; reference code
    /// prng.di.unimi.it/xoshiro128starstar.c), with its 128-bit state filled from a 64-bit seed by
    /// splitmix64, as the authors recommend.
    /// </summary>
    /// <remarks>
    /// Why our own generator and not <c>System.Random</c>: the sequence must be identical on the PC and
    /// on the MCU, for every runtime version. xoshiro128** uses only 32-bit shifts, rotations, XORs
    /// and one multiply, so it is cheap on a Cortex-M and bit-exact everywhere; period 2^128 − 1.
    /// Same seed, same sequence: every draw method consumes a fixed, documented number of 32-bit
    /// outputs, except <see cref="NextInt"/> (rejection, rarely more than one) and nothing here
    /// allocates.
    /// </remarks>
    public sealed class Prng
    {
        private const float TwoPowMinus24 = 1f / 16777216f;

        private uint _s0;
        private uint _s1;
        private uint _s2;
        private uint _s3;

        /// <summary>Creates a generator whose sequence is fully determined by <paramref name="seed"/>.</summary>
        public Prng(ulong seed)
        {
            Reseed(seed);
        }

        /// <summary>
        /// Creates a generator from a raw xoshiro128** state (as saved by <see cref="GetState"/>, or the
        /// state of a published reference vector). The all-zero state is not allowed.
        /// </summary>
        /// <exception cref="ArgumentException">All four words are zero.</exception>
        public Prng(uint state0, uint state1, uint state2, uint state3)
        {
            if ((state0 | state1 | state2 | state3) == 0u)
            {
                throw new ArgumentException("the all-zero state is a fixed point of xoshiro128**");
            }

            _s0 = state0;
            _s1 = state1;
            _s2 = state2;
            _s3 = state3;
        }

        /// <summary>Copies out the raw state, so a run can be saved and later resumed exactly.</summary>
        public void GetState(out uint state0, out uint state1, out uint state2, out uint state3)
        {
            state0 = _s0;
            state1 = _s1;
            state2 = _s2;
            state3 = _s3;
        }

        /// <summary>Restarts the sequence as if the generator had just been created with <paramref name="seed"/>.</summary>
        public void Reseed(ulong seed)
        {
            ulong splitMixState = seed;
            ulong a = SplitMix64(ref splitMixState);
            ulong b = SplitMix64(ref splitMixState);
            _s0 = (uint)a;
            _s1 = (uint)(a >> 32);
            _s2 = (uint)b;
            _s3 = (uint)(b >> 32);

            // The all-zero state is the one fixed point of xoshiro; splitmix64 practically never
            // yields it, but a guard costs nothing.
            if ((_s0 | _s1 | _s2 | _s3) == 0u)
            {
                _s0 = 0x9E3779B9u;
            }
        }

        /// <summary>
        /// One step of splitmix64 (Steele, Lea &amp; Flood, OOPSLA 2014; reference code
        /// prng.di.unimi.it/splitmix64.c): advances <paramref name="state"/> and returns the next output.
        /// Public so the seeding can be checked against the published reference outputs.
        /// </summary>
        public static ulong SplitMix64(ref ulong state)
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>Next 32 uniformly distributed bits (one xoshiro128** step).</summary>
        public uint NextUInt32()
        {
            unchecked
            {
                uint result = RotateLeft(_s1 * 5u, 7) * 9u;
                uint t = _s1 << 9;
                _s2 ^= _s0;
                _s3 ^= _s1;
                _s1 ^= _s2;
                _s0 ^= _s3;
                _s2 ^= t;
                _s3 = RotateLeft(_s3, 11);
                return result;
            }
        }

        /// <summary>
        /// Uniform integer in [0, <paramref name="maxExclusive"/>), exactly unbiased (Lemire, "Fast random
        /// integer generation in an interval", ACM TOMACS 2019: multiply-shift with rejection of the
        /// few low products that would over-represent some values).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
        public int NextInt(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxExclusive));
            }

            uint range = (uint)maxExclusive;
            ulong product = (ulong)NextUInt32() * range;
            uint low = (uint)product;
            if (low < range)
            {
                // 2^32 mod range: products whose low word falls below it are the surplus ones.
                uint threshold = unchecked(0u - range) % range;
                while (low < threshold)
                {
                    product = (ulong)NextUInt32() * range;
                    low = (uint)product;
                }
            }

            return (int)(product >> 32);
        }

        /// <summary>
        /// Uniform float in [0, 1) on the grid k·2^-24 (the top 24 bits of one output, so every value is
        /// exactly representable and 1 is never returned).
        /// </summary>
        public float NextUnitFloat()
        {
            return (int)(NextUInt32() >> 8) * TwoPowMinus24;
        }

        /// <summary>
        /// Standard normal draw (mean 0, σ 1) by the Box–Muller transform, z = √(−2 ln u₁)·cos(2π u₂),
        /// using <see cref="FloatMath"/>. Consumes exactly two 32-bit outputs; the second Box–Muller value
        /// is not cached, so the state stays four words and the call count alone fixes the sequence.
        /// </summary>
        /// <remarks>
        /// u₁ is taken on the grid (k+1)·2^-24, k in [0, 2^24), so it is never 0 and |z| ≤ 5.77 (the
        /// normal tail beyond that holds 8e-9 of the mass). u₂ uses all 32 bits as the phase of the cosine,
        /// which is reduced exactly. Box–Muller is exact in distribution, unlike a sum of uniforms whose
        /// tails are wrong.
        /// </remarks>
        public float NextGaussian()
        {
            float u1 = ((int)(NextUInt32() >> 8) + 1) * TwoPowMinus24;
            uint phase = NextUInt32();
            float radius = FloatMath.Sqrt(-2f * FloatMath.Ln(u1));
            return radius * FloatMath.CosOfPhase(phase);
        }

        /// <summary>
        /// Log-normal draw: <paramref name="median"/>·e^(<paramref name="sigmaLn"/>·z), z standard normal.
        /// <paramref name="sigmaLn"/> is the σ of ln(x); the mean is median·e^(σ²/2). Two 32-bit outputs.
        /// </summary>
        public float NextLogNormal(float median, float sigmaLn)
        {
            return median * FloatMath.Exp(sigmaLn * NextGaussian());
        }

        /// <summary>
        /// A uniform float in [0, 1) that is a pure function of <paramref name="key"/> (one splitmix64 step of
        /// the key; top 24 bits). For per-device properties fixed at "fabrication" (device-to-device factor,
        /// fault map, relaxation deviate): they cost no memory, are the same however often they are asked
        /// for, and do not advance any generator, so switching such an effect on does not shift the
        /// sequence of the other draws.
        /// </summary>
        public static float HashUnitFloat(ulong key)
        {
            ulong state = key;
            return (int)(SplitMix64(ref state) >> 40) * TwoPowMinus24;
        }

        /// <summary>
        /// A standard normal deviate that is a pure function of <paramref name="key"/> (Box–Muller on the two
        /// 32-bit halves of one splitmix64 output; |z| ≤ 5.77). See <see cref="HashUnitFloat"/>.
        /// </summary>
        public static float HashGaussian(ulong key)
        {
            ulong state = key;
            ulong bits = SplitMix64(ref state);
            float u1 = ((int)((uint)bits >> 8) + 1) * TwoPowMinus24;
            uint phase = (uint)(bits >> 32);
            return FloatMath.Sqrt(-2f * FloatMath.Ln(u1)) * FloatMath.CosOfPhase(phase);
        }

        /// <summary>
        /// Combines a seed and up to two indices into one hash key (splitmix64 of the seed, then odd-constant
        /// multiplies of the indices), for <see cref="HashUnitFloat"/> and <see cref="HashGaussian"/>.
        /// </summary>
        public static ulong HashKey(ulong seed, int index, int salt)
        {
            unchecked
            {
                ulong state = seed ^ ((ulong)(uint)salt * 0xD1B54A32D192ED03UL);
                ulong mixed = SplitMix64(ref state);
                return mixed ^ ((ulong)(uint)index * 0x9E3779B97F4A7C15UL);
            }
        }

        private static uint RotateLeft(uint value, int bits)
        {
            return (value << bits) | (value >> (32 - bits));
        }
    }
}
