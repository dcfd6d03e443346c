using System.Text.Json;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

/// <summary>A row-level-security refusal that reaches the HTTP layer is a 403 problem with a stable code, never a 500.</summary>
public sealed class RowLevelSecurityProblemTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    public static TheoryData<string> Cases => ["raw", "wrapped", "business"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RowLevelSecurityViolation_BecomesA403ProblemWithItsCode(string shape)
    {
        var postgres = new PostgresException("new row violates row-level security policy for table \"Locations\"", "ERROR", "ERROR", "42501");
        Exception exception = shape switch
        {
            "raw" => postgres,
            "wrapped" => new InvalidOperationException("An exception was thrown while executing a command.", postgres),
            _ => new BusinessException(RowLevelSecurityNames.ViolationErrorCode, "The database refused to write these rows for the current tenant.", postgres),
        };
        RowLevelSecurityNames.IsViolation(exception).ShouldBeTrue();
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "POST";
        context.Request.Path = "/api/bookings/locations";
        context.Response.Body = new MemoryStream();

        var handled = false;
        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, TestContext.Current.CancellationToken))
            {
                handled = true;
                break;
            }
        }

        handled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(StatusCodes.Status403Forbidden);
        context.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        problem.GetProperty("code").GetString().ShouldBe(RowLevelSecurityNames.ViolationErrorCode);
        problem.GetRawText().ShouldNotContain("Locations");
    }

    [Theory]
    [InlineData("40P01")]
    [InlineData("40001")]
    public async Task DeadlockOrSerializationFailure_BecomesA409ConcurrencyConflict(string sqlState)
    {
        var postgres = new PostgresException("deadlock detected", "ERROR", "ERROR", sqlState);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "POST";
        context.Request.Path = "/api/bookings/bookings";
        context.Response.Body = new MemoryStream();

        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, new InvalidOperationException("wrapped", postgres), TestContext.Current.CancellationToken))
            {
                break;
            }
        }

        context.Response.StatusCode.ShouldBe(StatusCodes.Status409Conflict);
        context.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        problem.GetProperty("code").GetString().ShouldBe("FitSaaS:ConcurrencyConflict");
        problem.GetRawText().ShouldNotContain("deadlock");
    }
}
