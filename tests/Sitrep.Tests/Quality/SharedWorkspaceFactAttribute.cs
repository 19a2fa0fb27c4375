using Xunit;

namespace Sitrep.Tests.Quality;

/// <summary>A fact that needs the development seeds beside the repository (../shared); skipped where they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedWorkspaceFactAttribute : FactAttribute
{
    public const string Reason = "../shared is not present (it ships only with the development workspace)";

    public SharedWorkspaceFactAttribute()
    {
        if (!QualityCorpus.Seeds.Exists)
        {
            Skip = Reason;
        }
    }
}
