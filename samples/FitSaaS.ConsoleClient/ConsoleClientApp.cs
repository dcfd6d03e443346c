using System.Globalization;
using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Threading;
using FitSaaS.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.ConsoleClient;

/// <summary>
/// A member's console client: signs in to a gym (password grant), lists the next class sessions and books the first one
/// with a free seat, all through the FitSaaS client proxies — the same C# interfaces the server implements.
/// </summary>
public static class ConsoleClientApp
{
    /// <summary>Runs the walk-through; returns the process exit code (0 booked, 1 failed, 2 nothing to book).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole());
        services.AddFitSaaSHttpApiClient(configuration);
        await using var provider = services.BuildServiceProvider();

        var tenantName = configuration["Tenant"] ?? "demo-gym";
        using var tenant = provider.GetRequiredService<ICurrentTenant>().Change(null, tenantName);
        using var cancellation = provider.GetRequiredService<ICancellationTokenProvider>().Use(cancellationToken);
        try
        {
            var me = await provider.GetRequiredService<IAccountAppService>().GetMyProfileAsync();
            await output.WriteLineAsync($"Signed in to {tenantName} as {me.UserName} ({me.Id}).");

            var sessions = await provider.GetRequiredService<IClassSessionAppService>().GetListAsync(new GetClassSessionListInput
            {
                FromUtc = DateTime.UtcNow,
                MaxResultCount = 10,
            });
            await output.WriteLineAsync($"Next sessions ({sessions.Items.Count} of {sessions.TotalCount}):");
            foreach (var session in sessions.Items)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {session.StartsAtUtc:yyyy-MM-dd HH:mm}Z  {session.ClassTypeName,-10} {session.LocationName,-10} {session.AvailableSeats,3} of {session.Capacity} seats free  {session.Id}"));
            }

            var bookings = provider.GetRequiredService<IBookingAppService>();
            foreach (var session in sessions.Items.Where(s => s.AvailableSeats > 0))
            {
                try
                {
                    var booking = await bookings.CreateAsync(new CreateBookingDto { ClassSessionId = session.Id });
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Booked {session.ClassTypeName} at {session.StartsAtUtc:yyyy-MM-dd HH:mm}Z: {booking.Status}{(booking.WaitlistPosition is { } p ? $" (waitlist #{p})" : string.Empty)}, booking {booking.Id}."));
                    return 0;
                }
                catch (BusinessException ex) when (ex.Code == BookingsErrorCodes.AlreadyBooked)
                {
                    await output.WriteLineAsync($"Already booked into {session.Id}; trying the next one.");
                }
            }

            await output.WriteLineAsync("No session with a free seat to book.");
            return 2;
        }
        catch (Exception ex) when (ex is BusinessException or AuthorizationException or EntityNotFoundException or FitSaaSValidationException or RemoteCallException or HttpRequestException or TimeoutException)
        {
            var code = (ex as IHasErrorCode)?.Code;
            await output.WriteLineAsync($"Failed{(code is null ? string.Empty : $" ({code})")}: {ex.Message}");
            return 1;
        }
    }
}
