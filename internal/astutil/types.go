package astutil

import "go/types"

// IOWriter is io.Writer's method set, Write([]byte) (int, error), built
// here because the package analysed need not import io.
var IOWriter = func() *types.Interface {
	bytes := types.NewSlice(types.Typ[types.Byte])
	errorType := types.Universe.Lookup("error").Type()
	sig := types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewParam(0, nil, "p", bytes)),
		types.NewTuple(types.NewParam(0, nil, "n", types.Typ[types.Int]), types.NewParam(0, nil, "err", errorType)), false)
	return types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "Write", sig)}, nil).Complete()
}()
