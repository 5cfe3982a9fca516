namespace ReRamNav.Drivers.Hal
{
    /// <summary>One GPIO output line (for example the board's reset line). True = high.</summary>
    public interface IDigitalOutput
    {
        void Write(bool high);
    }
}
