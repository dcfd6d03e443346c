using FitSaaS.Framework.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FitSaaS.Domain.Tests.AuditLogging;

public sealed class AuditLogScopeTests
{
    [Theory]
    [InlineData("GET", true)]
    [InlineData("head", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PUT", false)]
    [InlineData("PATCH", false)]
    [InlineData("DELETE", false)]
    [InlineData(null, false)]
    public void IsReadMethod_ReadsOnly(string? method, bool expected) => AuditLogScope.IsReadMethod(method).ShouldBe(expected);

    [Fact]
    public void ShouldSave_Write_Always()
    {
        using var scope = NewScope();
        scope.Log.HttpStatusCode = 200;

        scope.ShouldSave(new AuditingOptions()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(200, false, false)]
    [InlineData(304, false, false)]
    [InlineData(404, false, true)]
    [InlineData(500, false, true)]
    [InlineData(200, true, true)]
    public void ShouldSave_ReadSavedOnlyOnFailure_WhenItFailed(int status, bool exception, bool expected)
    {
        using var scope = NewScope();
        scope.SaveOnlyOnFailure = true;
        scope.Log.HttpStatusCode = status;
        if (exception)
        {
            scope.Log.SetException(new InvalidOperationException("boom"));
        }

        scope.ShouldSave(new AuditingOptions()).ShouldBe(expected);
        scope.ShouldSave(new AuditingOptions { AlwaysLogOnException = false }).ShouldBeFalse();
    }

    [Fact]
    public void Defaults_AreAbps()
    {
        var options = new AuditingOptions();

        options.IsEnabled.ShouldBeTrue();
        options.IsEnabledForGetRequests.ShouldBeFalse();
        options.AlwaysLogOnException.ShouldBeTrue();
        options.IsEntityHistoryEnabled.ShouldBeTrue();
        options.EntityHistorySelectors.ShouldBeEmpty();
    }

    private static AuditLogScope NewScope() =>
        new AuditingManager(new ServiceCollection().BuildServiceProvider(), NullLogger<AuditingManager>.Instance).BeginScope();
}
