namespace ReRamNav.Drivers.Hal
{
    /// <summary>One GPIO input line (for example the board's READY/BUSY line). True = high.</summary>
    public interface IDigitalInput
    {
        bool Read();
    }
}
