namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// The few transcendental functions the device model needs (natural log, exp, square root, and
    /// sine/cosine of a phase), written out by hand because nanoFramework.CoreLibrary 1.17.11 has no
    /// public <c>System.Math</c>.
    /// </summary>
    /// <remarks>
    /// Every function uses only IEEE-754 single-precision +, −, ×, ÷ and comparisons, in a fixed order,
    /// and range reduction by exact multiplications with powers of two. The same inputs therefore give
    /// the same bits on the PC (.NET, SSE single precision) and on an MCU with a single-precision FPU,
    /// which is what lets one seed reproduce a run on both.
    /// Accuracy (checked against System.Math in FloatMathTests): Ln absolute error below 1e-6 for
    /// arguments near 1 and relative error below 1e-6 elsewhere; Exp and Sqrt relative error below
    /// 1e-6; sine and cosine absolute error below 1e-6.
    /// </remarks>
    public static class FloatMath
    {
        /// <summary>ln 2, split so that k·Ln2High is exact for |k| &lt; 2^10 (Cody–Waite reduction).</summary>
        private const float Ln2High = 0.693145751953125f;

        /// <summary>ln 2 − Ln2High.</summary>
        private const float Ln2Low = 1.428606765330187e-06f;

        /// <summary>1 / ln 2.</summary>
        private const float InverseLn2 = 1.4426950408889634f;

        /// <summary>√2, the upper end of the mantissa interval [√½, √2) used by Ln.</summary>
        private const float Sqrt2 = 1.4142135623730951f;

        /// <summary>π / 2.</summary>
        private const float HalfPi = 1.5707963267948966f;

        private const float TwoPow16 = 65536f;
        private const float TwoPowMinus16 = 1f / 65536f;
        private const float TwoPowMinus24 = 1f / 16777216f;

        /// <summary>Largest argument for which exp(x) is finite in single precision.</summary>
        private const float ExpOverflowArgument = 88.72283f;

        /// <summary>Below this argument exp(x) rounds to zero in single precision.</summary>
        private const float ExpUnderflowArgument = -103.972084f;

        /// <summary>Natural logarithm. Returns −∞ for 0, NaN for negative or NaN input, +∞ for +∞.</summary>
        public static float Ln(float x)
        {
            if (!(x > 0f))
            {
                return x == 0f ? float.NegativeInfinity : float.NaN;
            }

            if (x > float.MaxValue)
            {
                return x;
            }

            int exponent = 0;
            float mantissa = ScaleIntoOneToTwo(x, ref exponent);

            // Centre the mantissa on 1 so the series argument stays small: [√½, √2).
            if (mantissa >= Sqrt2)
            {
                mantissa *= 0.5f;
                exponent++;
            }

            // ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: the odd series converges fast.
            float s = (mantissa - 1f) / (mantissa + 1f);
            float s2 = s * s;
            float series = 1f + s2 * (1f / 3f + s2 * (1f / 5f + s2 * (1f / 7f + s2 * (1f / 9f + s2 * (1f / 11f)))));
            float lnMantissa = 2f * s * series;
            return exponent * Ln2High + (exponent * Ln2Low + lnMantissa);
        }

        /// <summary>e^x. Returns +∞ above ≈ 88.72 and 0 below ≈ −103.97.</summary>
        public static float Exp(float x)
        {
            if (float.IsNaN(x))
            {
                return x;
            }

            if (x > ExpOverflowArgument)
            {
                return float.PositiveInfinity;
            }

            if (x < ExpUnderflowArgument)
            {
                return 0f;
            }

            // x = k·ln2 + r with |r| ≤ ln2/2; e^x = 2^k · e^r.
            float kFloat = x * InverseLn2;
            int k = (int)(kFloat >= 0f ? kFloat + 0.5f : kFloat - 0.5f);
            float r = (x - k * Ln2High) - k * Ln2Low;

            // Taylor series to r^7: the first omitted term, r^8/8!, is below 6e-9 for |r| ≤ 0.347.
            float expR = 1f + r * (1f + r * (1f / 2f + r * (1f / 6f + r * (1f / 24f + r * (1f / 120f + r * (1f / 720f + r * (1f / 5040f)))))));
            return ScaleByPowerOfTwo(expR, k);
        }

        /// <summary>Square root. Returns NaN for negative input, 0 for 0, +∞ for +∞.</summary>
        public static float Sqrt(float x)
        {
            if (!(x > 0f))
            {
                return x == 0f ? 0f : float.NaN;
            }

            if (x > float.MaxValue)
            {
                return x;
            }

            int exponent = 0;
            float mantissa = ScaleIntoOneToTwo(x, ref exponent);

            // Make the exponent even so that √(m·2^e) = √m · 2^(e/2), with m in [1, 4).
            if ((exponent & 1) != 0)
            {
                mantissa *= 2f;
                exponent--;
            }

            // Chord of √m over [1, 4] as a start (error ≤ 6 %), then Newton–Raphson: each step squares
            // the relative error, so four steps reach the single-precision limit.
            float y = 1f + (mantissa - 1f) * (1f / 3f);
            y = 0.5f * (y + mantissa / y);
            y = 0.5f * (y + mantissa / y);
            y = 0.5f * (y + mantissa / y);
            y = 0.5f * (y + mantissa / y);
            return ScaleByPowerOfTwo(y, exponent / 2);
        }

        /// <summary>
        /// cos(2π·phase/2^32). The phase is an unsigned fraction of a full turn, so range reduction
        /// is exact integer bit-slicing (the two top bits pick the quadrant).
        /// </summary>
        public static float CosOfPhase(uint phase)
        {
            // cos(θ) = sin(θ + π/2): a quarter turn is 2^30.
            return SinOfPhase(unchecked(phase + 0x40000000u));
        }

        /// <summary>sin(2π·phase/2^32), phase an unsigned fraction of a full turn.</summary>
        public static float SinOfPhase(uint phase)
        {
            uint quadrant = phase >> 30;

            // Position inside the quadrant in [0, 1), kept to 24 bits so it converts to float exactly.
            int fraction24 = (int)((phase & 0x3FFFFFFFu) >> 6);
            float angle;
            bool useCosine;
            if (fraction24 <= 0x800000)
            {
                angle = fraction24 * TwoPowMinus24 * HalfPi;
                useCosine = false;
            }
            else
            {
                // Reflect the upper half of the quadrant: sin(π/2 − b) = cos(b), keeps |angle| ≤ π/4.
                angle = (0x1000000 - fraction24) * TwoPowMinus24 * HalfPi;
                useCosine = true;
            }

            float value;
            bool firstOrThirdQuadrant = (quadrant & 1u) == 0u;
            if (firstOrThirdQuadrant != useCosine)
            {
                value = SinSeries(angle);
            }
            else
            {
                value = CosSeries(angle);
            }

            return quadrant >= 2u ? -value : value;
        }

        /// <summary>
        /// sin(a) for |a| ≤ π/4 by its Taylor series to a^11 (first omitted term below 1e-11).
        /// </summary>
        private static float SinSeries(float a)
        {
            float a2 = a * a;
            return a * (1f - a2 * (1f / 6f - a2 * (1f / 120f - a2 * (1f / 5040f - a2 * (1f / 362880f - a2 * (1f / 39916800f))))));
        }

        /// <summary>cos(a) for |a| ≤ π/4 by its Taylor series to a^10 (first omitted term below 2e-10).</summary>
        private static float CosSeries(float a)
        {
            float a2 = a * a;
            return 1f - a2 * (1f / 2f - a2 * (1f / 24f - a2 * (1f / 720f - a2 * (1f / 40320f - a2 * (1f / 3628800f)))));
        }

        /// <summary>
        /// Returns m in [1, 2) with x = m·2^exponent (exponent accumulated into <paramref name="exponent"/>).
        /// Scaling by powers of two is exact, including for subnormal x, so no precision is lost.
        /// </summary>
        private static float ScaleIntoOneToTwo(float x, ref int exponent)
        {
            while (x >= TwoPow16)
            {
                x *= TwoPowMinus16;
                exponent += 16;
            }

            while (x < TwoPowMinus16)
            {
                x *= TwoPow16;
                exponent -= 16;
            }

            // Now x is in [2^-16, 2^16): finish with halving/doubling steps of 8, 4, 2 and 1 bits.
            if (x >= 256f) { x *= 1f / 256f; exponent += 8; }
            if (x >= 16f) { x *= 1f / 16f; exponent += 4; }
            if (x >= 4f) { x *= 0.25f; exponent += 2; }
            if (x >= 2f) { x *= 0.5f; exponent += 1; }
            if (x < 1f / 256f) { x *= 256f; exponent -= 8; }
            if (x < 1f / 16f) { x *= 16f; exponent -= 4; }
            if (x < 0.25f) { x *= 4f; exponent -= 2; }
            if (x < 0.5f) { x *= 2f; exponent -= 1; }
            if (x < 1f) { x *= 2f; exponent -= 1; }
            return x;
        }

        /// <summary>value·2^k by exact power-of-two multiplications, in steps that cannot overflow early.</summary>
        private static float ScaleByPowerOfTwo(float value, int k)
        {
            while (k > 16)
            {
                value *= TwoPow16;
                k -= 16;
            }

            while (k < -16)
            {
                value *= TwoPowMinus16;
                k += 16;
            }

            float scale = 1f;
            float step = 2f;
            int magnitude = k < 0 ? -k : k;
            while (magnitude != 0)
            {
                if ((magnitude & 1) != 0)
                {
                    scale *= step;
                }

                step *= step;
                magnitude >>= 1;
            }

            return k < 0 ? value / scale : value * scale;
        }
    }
}
