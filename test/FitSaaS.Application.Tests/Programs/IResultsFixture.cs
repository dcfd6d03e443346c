namespace FitSaaS.Application.Tests.Programs;

/// <summary>A fixture with a fake result-target resolver.</summary>
public interface IResultsFixture
{
    FakeWorkoutResultTargetResolver Resolver { get; }
}
