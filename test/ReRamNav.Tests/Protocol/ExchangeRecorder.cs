using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>Sits between the driver and a bus and records each command frame and the response
    /// frame clocked out after it (trimmed to its declared length).</summary>
    internal sealed class ExchangeRecorder : ISpiBus
    {
        private readonly ISpiBus _inner;
        public readonly List<(byte[] Command, byte[] Response)> Exchanges = new List<(byte[], byte[])>();
        private byte[] _lastCommand;

        public ExchangeRecorder(ISpiBus inner) { _inner = inner; }

        public int ClockHz => _inner.ClockHz;

        public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length)
        {
            _inner.TransferFullDuplex(w, wo, r, ro, length);
            if (length > 0 && w[wo] == FrameLayout.CommandSync)
            {
                _lastCommand = new byte[length];
                System.Array.Copy(w, wo, _lastCommand, 0, length);
                return;
            }
            if (_lastCommand != null && length >= FrameLayout.OverheadBytes && r[ro] == FrameLayout.ResponseSync)
            {
                int total = FrameLayout.OverheadBytes + LittleEndian.ReadU16(r, ro + FrameLayout.OffsetLength);
                var response = new byte[System.Math.Min(total, length)];
                System.Array.Copy(r, ro, response, 0, response.Length);
                Exchanges.Add((_lastCommand, response));
                _lastCommand = null;
            }
        }
    }
}
