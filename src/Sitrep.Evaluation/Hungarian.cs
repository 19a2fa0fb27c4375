namespace Sitrep.Evaluation;

/// <summary>Maximum-weight assignment (Hungarian algorithm with potentials, O(n^3)).</summary>
internal static class Hungarian
{
    /// <summary>
    /// Assigns rows to columns of a rectangular weight matrix, padded to a square with zero weights, so that the
    /// total weight is maximal. Returns every (row, column) pair of the square assignment, padding included, in
    /// column order; ties are broken exactly as the reference implementation breaks them.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column)> MaxAssignment(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var cols = rows == 0 ? 0 : weights.GetLength(1);
        var n = Math.Max(rows, cols);
        if (n == 0)
        {
            return [];
        }
        var big = 0.0;
        if (cols > 0)
        {
            big = double.NegativeInfinity;
            foreach (var x in weights)
            {
                big = Math.Max(big, x);
            }
        }
        var c = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                c[i, j] = big - (i < rows && j < cols ? weights[i, j] : 0);
            }
        }
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new double[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            var used = new bool[n + 1];
            while (true)
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    var cur = c[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
                if (p[j0] == 0)
                {
                    break;
                }
            }
            while (true)
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
                if (j0 == 0)
                {
                    break;
                }
            }
        }
        var result = new List<(int, int)>();
        for (var j = 1; j <= n; j++)
        {
            if (p[j] != 0)
            {
                result.Add((p[j] - 1, j - 1));
            }
        }
        return result;
    }
}
