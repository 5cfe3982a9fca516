using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>
    /// Our own generator's Gaussian and log-normal draws against the target distributions (Kolmogorov–Smirnov
    /// against the exact CDF, moments, tail fractions), and the model's HRS draw against the log-normal it is
    /// meant to be. Critical KS distance at alpha = 0.001: 1.95 / sqrt(n).
    /// </summary>
    [TestClass]
    public class PrngDistributionTests
    {
        private const int N = 40000;

        /// <summary>Standard normal CDF (Abramowitz-Stegun 7.1.26 erf, |error| &lt; 1.5e-7).</summary>
        private static double NormalCdf(double z)
        {
            double x = Math.Abs(z) / Math.Sqrt(2), t = 1 / (1 + 0.3275911 * x);
            double erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
            return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
        }

        private static double KsDistance(double[] standardised)
        {
            var s = standardised.OrderBy(x => x).ToArray();
            double d = 0;
            for (int i = 0; i < s.Length; i++)
            {
                double f = NormalCdf(s[i]);
                d = Math.Max(d, Math.Max(Math.Abs(f - i / (double)s.Length), Math.Abs(f - (i + 1) / (double)s.Length)));
            }
            return d;
        }

        private static readonly double KsCritical = 1.95 / Math.Sqrt(N);

        [TestMethod]
        public void NextGaussian_IsStandardNormal()
        {
            var prng = new Prng(31);
            var z = Enumerable.Range(0, N).Select(_ => (double)prng.NextGaussian()).ToArray();
            double mean = z.Average(), variance = z.Select(x => (x - mean) * (x - mean)).Average();
            double skew = z.Select(x => Math.Pow(x - mean, 3)).Average() / Math.Pow(variance, 1.5);
            double kurtosis = z.Select(x => Math.Pow(x - mean, 4)).Average() / (variance * variance);
            Assert.AreEqual(0, mean, 4 / Math.Sqrt(N), "mean");
            Assert.AreEqual(1, variance, 4 * Math.Sqrt(2.0 / N), "variance");
            Assert.AreEqual(0, skew, 4 * Math.Sqrt(6.0 / N), "skewness");
            Assert.AreEqual(3, kurtosis, 4 * Math.Sqrt(24.0 / N), "kurtosis");
            Assert.AreEqual(0.9545, z.Count(x => Math.Abs(x) < 2) / (double)N, 0.004, "within 2 sigma");
            Assert.AreEqual(0.0027, z.Count(x => Math.Abs(x) > 3) / (double)N, 0.0012, "beyond 3 sigma: the tails are there");
            Assert.IsTrue(KsDistance(z) < KsCritical, "KS " + KsDistance(z));
        }

        [TestMethod]
        public void NextLogNormal_HasTheRequestedMedianAndSigmaLn()
        {
            var prng = new Prng(32);
            const float median = 150000f, sigmaLn = 0.5f;
            var ln = Enumerable.Range(0, N).Select(_ => Math.Log(prng.NextLogNormal(median, sigmaLn))).ToArray();
            Assert.IsTrue(KsDistance(ln.Select(x => (x - Math.Log(median)) / sigmaLn).ToArray()) < KsCritical);
            double meanR = ln.Select(Math.Exp).Average();
            Assert.AreEqual(median * Math.Exp(sigmaLn * sigmaLn / 2), meanR, 0.01 * meanR, "mean of a log-normal = median exp(sigma^2/2)");
        }

        [TestMethod]
        public void HrsDraw_IsTheMomentMatchedLogNormal_OfTheTable()
        {
            // Bianchi 2023 Fig. 1g at -1.0 V: mean 111 995 Ohm, sigma 89 665 Ohm (10 cycles): the broadest point.
            var p = DeviceModelParameters.PaperSiOx1T1R();
            var model = new SiOxDeviceModel(p, new Prng(33));
            double mean = 111995, sigma = 89665;
            double sigmaLn = Math.Sqrt(Math.Log(1 + sigma * sigma / (mean * mean))), medianLn = Math.Log(mean) - sigmaLn * sigmaLn / 2;
            var ln = Enumerable.Range(0, N).Select(_ => Math.Log(1e9 / model.ResetConductanceNs(-1000))).ToArray();
            double d = KsDistance(ln.Select(x => (x - medianLn) / sigmaLn).ToArray());
            Assert.IsTrue(d < KsCritical, "KS distance of ln R from N(ln median, sigma_ln) " + d);
            // and it is not a Gaussian in R (the LRS shape): KS of R against N(mean, sigma) is far larger.
            double dGauss = KsDistance(ln.Select(x => (Math.Exp(x) - mean) / sigma).ToArray());
            Assert.IsTrue(dGauss > 5 * KsCritical, "HRS is skewed, not Gaussian: " + dGauss);
        }

        [TestMethod]
        public void LrsDraw_IsGaussianInResistance_OfTheTable()
        {
            // Bianchi 2023 Fig. 1e/1f at 50 uA: mean 12 082 Ohm, sigma 1 369 Ohm (25 cycles).
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(34));
            var r = Enumerable.Range(0, N).Select(_ => 1e9 / model.SetConductanceNs(50)).ToArray();
            // Conductance is rounded to 1 nS (~1.8 Ohm at 12 kOhm): far below the spread, invisible to KS.
            Assert.IsTrue(KsDistance(r.Select(x => (x - 12082) / 1369.0).ToArray()) < KsCritical);
        }
    }
}
