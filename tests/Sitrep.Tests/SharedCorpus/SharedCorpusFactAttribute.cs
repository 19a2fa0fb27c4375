using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.SharedCorpus;

/// <summary>
/// A fact that needs the seed reports kept beside the repository (../shared/seeds). They ship only with the
/// development workspace, so elsewhere the test is reported as skipped, with the reason, instead of passing
/// without checking anything.
/// </summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!SeedsPresent())
        {
            Skip = "../shared is not present (it ships only with the development workspace)";
        }
    }

    private static bool SeedsPresent()
    {
        try
        {
            return Directory.Exists(RepoPaths.SharedSeeds);
        }
        catch (InvalidOperationException)
        {
            return false; // not run from inside the repository
        }
    }
}
