using System;
using nanoFramework.Hardware.Esp32;

namespace ReRamNav.Firmware.Device
{
    /// <summary>
    /// Routes the console UART to its pins on ESP32 chips (GPIO matrix, nanoFramework.Hardware.Esp32
    /// Configuration.SetPinFunction with DeviceFunction.COMn_TX/RX). Must run before the SerialPort is
    /// opened. Device-only; STM32 targets fix their UART pins in the firmware image.
    /// </summary>
    internal static class Esp32ConsolePins
    {
        public static void Configure(string portName, int txPin, int rxPin)
        {
            if (portName == "COM2")
            {
                Configuration.SetPinFunction(txPin, DeviceFunction.COM2_TX);
                Configuration.SetPinFunction(rxPin, DeviceFunction.COM2_RX);
            }
            else if (portName == "COM3")
            {
                Configuration.SetPinFunction(txPin, DeviceFunction.COM3_TX);
                Configuration.SetPinFunction(rxPin, DeviceFunction.COM3_RX);
            }
            else
            {
                // COM1 is the nanoFramework debug/deploy link on ESP32: never re-route it.
                throw new ArgumentException("console port " + portName + ": expected COM2 or COM3 on ESP32");
            }
        }
    }
}
