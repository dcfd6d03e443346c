using System.Text.Json;
using FitSaaS.Framework.Auditing;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.AuditLogging;

public sealed class AuditParameterSerializerTests
{
    private static readonly AuditParameterSerializer s_serializer = new(Options.Create(new AuditingOptions()));

    [Fact]
    public void Serialize_SecretLikeNamesAndDisableAuditing_AreRedacted()
    {
        var input = new SampleInput
        {
            UserName = "alice",
            Password = "Sup3r$ecret!",
            ClientSecret = "cs-123",
            RefreshToken = "rt-456",
            Notes = "private note",
            Nested = new SampleNested { AdminPassword = "nested-pw", Count = 3 },
        };

        var json = Serialize(nameof(ISampleService.CreateAsync), input, "plain-pw", CancellationToken.None);

        json.ShouldNotContain("Sup3r$ecret!");
        json.ShouldNotContain("cs-123");
        json.ShouldNotContain("rt-456");
        json.ShouldNotContain("private note");
        json.ShouldNotContain("nested-pw");
        json.ShouldNotContain("plain-pw");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("input").GetProperty("userName").GetString().ShouldBe("alice");
        root.GetProperty("input").GetProperty("password").GetString().ShouldBe("***");
        root.GetProperty("input").GetProperty("notes").GetString().ShouldBe("***");
        root.GetProperty("input").GetProperty("nested").GetProperty("count").GetInt32().ShouldBe(3);
        root.GetProperty("newPassword").GetString().ShouldBe("***");
        root.TryGetProperty("cancellationToken", out _).ShouldBeFalse();
    }

    [Fact]
    public void Serialize_NameValuePairWithSecretName_RedactsOnlyThatValue()
    {
        var method = typeof(ISampleService).GetMethod(nameof(ISampleService.UpdateAsync))!;
        SamplePair[] pairs = [new() { Name = "Emailing.Smtp.Password", Value = "smtp-pw" }, new() { Name = "Bookings.CutoffHours", Value = "12" }];

        var json = s_serializer.Serialize(method.GetParameters(), [pairs]);

        json.ShouldNotContain("smtp-pw");
        json.ShouldContain("\"value\":\"***\"");
        json.ShouldContain("\"value\":\"12\"");
    }

    [Fact]
    public void Serialize_LongArguments_AreTruncatedToTheLimit()
    {
        var serializer = new AuditParameterSerializer(Options.Create(new AuditingOptions { MaxParametersLength = 100 }));
        var method = typeof(ISampleService).GetMethod(nameof(ISampleService.NoteAsync))!;

        var json = serializer.Serialize(method.GetParameters(), [new string('x', 5000)]);

        json.Length.ShouldBe(100);
    }

    private static string Serialize(string methodName, params object?[] arguments)
    {
        var method = typeof(ISampleService).GetMethod(methodName)!;
        return s_serializer.Serialize(method.GetParameters(), arguments);
    }

    private interface ISampleService
    {
        Task CreateAsync(SampleInput input, string newPassword, CancellationToken cancellationToken);

        Task NoteAsync(string text);

        Task UpdateAsync(SamplePair[] values);
    }

    private sealed class SamplePair
    {
        public string? Name { get; init; }

        public string? Value { get; init; }
    }

    private sealed class SampleInput
    {
        public string? UserName { get; init; }

        public string? Password { get; init; }

        public string? ClientSecret { get; init; }

        public string? RefreshToken { get; init; }

        [DisableAuditing]
        public string? Notes { get; init; }

        public SampleNested? Nested { get; init; }
    }

    private sealed class SampleNested
    {
        public string? AdminPassword { get; init; }

        public int Count { get; init; }
    }
}
