using System.Net;
using System.Net.Sockets;

namespace FitSaaS.Testing;

/// <summary>
/// Free loopback TCP ports for servers a test starts itself (host processes, Redis, RabbitMQ) or for a port nobody listens
/// on. Shared as a linked source file by test projects that do not reference FitSaaS.TestBase.
/// </summary>
public static class LoopbackPorts
{
    /// <summary>A loopback port nobody listens on right now (chosen by the OS).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A port p with p, p+1 (Erlang distribution) and p+2 (epmd) free, for a RabbitMQ node of etc/scripts/rabbitmq.sh;
    /// below Linux's ephemeral range (32768+), so no client socket takes one of them while the node is stopped.
    /// </summary>
    public static int FreeTriple()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            if (IsFree(port) && IsFree(port + 1) && IsFree(port + 2))
            {
                return port;
            }
        }

        throw new InvalidOperationException("no three consecutive free loopback ports between 20000 and 32000");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
