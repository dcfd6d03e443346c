using FitSaaS.ConsoleClient;
using Microsoft.Extensions.Configuration;

// dotnet run --project samples/FitSaaS.ConsoleClient [-- --RemoteServices:Default:BaseUrl=http://host:port/ --Tenant=demo-gym]
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables("FITSAAS_CLIENT_")
    .AddCommandLine(args)
    .Build();
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await ConsoleClientApp.RunAsync(configuration, Console.Out, cancellation.Token);
