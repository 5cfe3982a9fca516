using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>
    /// The hand-written ln/exp/sqrt/sin/cos of the portable model, checked against System.Math (which the
    /// host test may use) over their whole useful ranges.
    /// </summary>
    [TestClass]
    public class FloatMathTests
    {
        [TestMethod]
        public void Ln_MatchesSystemMath_FromSubnormalToMaxFloat()
        {
            double worstError = 0;
            for (double log10 = -44; log10 <= 38.5; log10 += 0.001)
            {
                float x = (float)Math.Pow(10, log10);
                if (x <= 0f || float.IsInfinity(x))
                {
                    continue;
                }

                double expected = Math.Log(x);
                double error = Math.Abs(FloatMath.Ln(x) - expected) / Math.Max(1.0, Math.Abs(expected));
                worstError = Math.Max(worstError, error);
            }

            Assert.IsTrue(worstError < 1e-6, "worst relative error " + worstError);
        }

        [TestMethod]
        public void Ln_IsAccurateNearOne_WhereTheResultIsSmall()
        {
            double worstError = 0;
            for (int i = -100000; i <= 100000; i++)
            {
                float x = 1f + i * 1e-6f;
                double error = Math.Abs(FloatMath.Ln(x) - Math.Log(x));
                worstError = Math.Max(worstError, error);
            }

            Assert.IsTrue(worstError < 2e-7, "worst absolute error " + worstError);
        }

        [TestMethod]
        public void Ln_SpecialValues()
        {
            Assert.AreEqual(0f, FloatMath.Ln(1f));
            Assert.IsTrue(float.IsNegativeInfinity(FloatMath.Ln(0f)));
            Assert.IsTrue(float.IsNaN(FloatMath.Ln(-1f)));
            Assert.IsTrue(float.IsNaN(FloatMath.Ln(float.NaN)));
            Assert.IsTrue(float.IsPositiveInfinity(FloatMath.Ln(float.PositiveInfinity)));
            Assert.AreEqual(Math.Log(2), FloatMath.Ln(2f), 1e-7);
            Assert.AreEqual(Math.Log(1.0 / 16777216), FloatMath.Ln(1f / 16777216f), 2e-6);
        }

        [TestMethod]
        public void Exp_MatchesSystemMath_OverTheFiniteRange()
        {
            double worstError = 0;
            for (double x = -87.0; x <= 88.7; x += 0.0007)
            {
                float xf = (float)x;
                double expected = Math.Exp(xf);
                double error = Math.Abs(FloatMath.Exp(xf) - expected) / expected;
                worstError = Math.Max(worstError, error);
            }

            Assert.IsTrue(worstError < 1e-6, "worst relative error " + worstError);
        }

        [TestMethod]
        public void Exp_SpecialValues()
        {
            Assert.AreEqual(1f, FloatMath.Exp(0f));
            Assert.AreEqual((float)Math.E, FloatMath.Exp(1f), 1e-6f);
            Assert.IsTrue(float.IsPositiveInfinity(FloatMath.Exp(89f)));
            Assert.AreEqual(0f, FloatMath.Exp(-104f));
            Assert.IsTrue(float.IsNaN(FloatMath.Exp(float.NaN)));
        }

        [TestMethod]
        public void Exp_InvertsLn()
        {
            for (double log10 = -30; log10 <= 30; log10 += 0.01)
            {
                float x = (float)Math.Pow(10, log10);
                float roundTrip = FloatMath.Exp(FloatMath.Ln(x));
                Assert.AreEqual(1.0, roundTrip / (double)x, 1e-5, "x = " + x);
            }
        }

        [TestMethod]
        public void Sqrt_MatchesSystemMath_FromSubnormalToMaxFloat()
        {
            double worstError = 0;
            for (double log10 = -44; log10 <= 38.5; log10 += 0.001)
            {
                float x = (float)Math.Pow(10, log10);
                if (x <= 0f || float.IsInfinity(x))
                {
                    continue;
                }

                double expected = Math.Sqrt(x);
                double error = Math.Abs(FloatMath.Sqrt(x) - expected) / expected;
                worstError = Math.Max(worstError, error);
            }

            Assert.IsTrue(worstError < 2e-7, "worst relative error " + worstError);
        }

        [TestMethod]
        public void Sqrt_SpecialValues()
        {
            Assert.AreEqual(2f, FloatMath.Sqrt(4f));
            Assert.AreEqual(3f, FloatMath.Sqrt(9f));
            Assert.AreEqual(0f, FloatMath.Sqrt(0f));
            Assert.AreEqual(65536f, FloatMath.Sqrt(4294967296f));
            Assert.IsTrue(float.IsNaN(FloatMath.Sqrt(-1f)));
            Assert.IsTrue(float.IsPositiveInfinity(FloatMath.Sqrt(float.PositiveInfinity)));
        }

        [TestMethod]
        public void SinAndCosOfPhase_MatchSystemMath_AroundTheWholeTurn()
        {
            double worstError = 0;
            const uint step = 4297u; // not a divisor of 2^32, so the sweep hits every kind of phase
            uint phase = 0u;
            for (int i = 0; i < 1000000; i++)
            {
                double angle = 2.0 * Math.PI * phase / 4294967296.0;
                worstError = Math.Max(worstError, Math.Abs(FloatMath.SinOfPhase(phase) - Math.Sin(angle)));
                worstError = Math.Max(worstError, Math.Abs(FloatMath.CosOfPhase(phase) - Math.Cos(angle)));
                phase = unchecked(phase + step);
            }

            Assert.IsTrue(worstError < 1e-6, "worst absolute error " + worstError);
        }

        [TestMethod]
        public void SinAndCosOfPhase_ExactAtQuadrantBoundaries()
        {
            Assert.AreEqual(0f, FloatMath.SinOfPhase(0u));
            Assert.AreEqual(1f, FloatMath.CosOfPhase(0u));
            Assert.AreEqual(1f, FloatMath.SinOfPhase(0x40000000u));
            Assert.AreEqual(-1f, FloatMath.CosOfPhase(0x80000000u));
            Assert.AreEqual(-1f, FloatMath.SinOfPhase(0xC0000000u));
            Assert.AreEqual((float)Math.Sqrt(0.5), FloatMath.SinOfPhase(0x20000000u), 1e-7f);
        }
    }
}
