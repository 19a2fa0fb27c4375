using Sitrep.Evaluation;
using Xunit;

namespace Sitrep.Tests.Evaluation;

public class HungarianTests
{
    [Fact]
    public void FindsTheMaximumWeightAssignmentNotTheGreedyOne()
    {
        // Greedy would take (0,0)=10 and then only (1,1)=1; the optimum is (0,1)+(1,0) = 9 + 8.
        var w = new double[,] { { 10, 9 }, { 8, 1 } };
        var pairs = Hungarian.MaxAssignment(w).OrderBy(p => p.Row).ToList();
        Assert.Equal(new List<(int, int)> { (0, 1), (1, 0) }, pairs);
    }

    [Fact]
    public void PadsRectangularMatricesAndKeepsOnlyRealCells()
    {
        // Three predictions, two gold events: the weight of every real pair decides the rows left out.
        var w = new double[,] { { 0, 10101 }, { 10100, 10102 }, { 10000, 0 } };
        var pairs = Hungarian.MaxAssignment(w).Where(p => p.Column < 2).OrderBy(p => p.Row).ToList();
        Assert.Equal(new List<(int, int)> { (0, 1), (1, 0) }, pairs);
        Assert.Equal(3, Hungarian.MaxAssignment(w).Count);
    }

    [Fact]
    public void EmptyMatrixGivesNoPairs()
    {
        Assert.Empty(Hungarian.MaxAssignment(new double[0, 0]));
    }
}
