package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

const (
	localePkg = "github.com/inclusion-tools/scorecard/checklist/locale"
	cobraPkg  = "github.com/spf13/cobra"
	pflagPkg  = "github.com/spf13/pflag"
)

// Key is a message of the catalog as the code uses it: its English format
// string, and where it is used.
type Key struct {
	Format string
	File   string // the file of its first use, relative to the module
	Uses   []token.Position
}

// Dynamic is a call that passes a format string that is not a constant
// to the catalog: its words cannot be extracted, and a translator never
// sees them.
type Dynamic struct {
	Pos  token.Position
	Call string
}

// Extraction is what Extract finds in the module's code.
type Extraction struct {
	Keys     []Key
	Dynamic  []Dynamic
	Wrappers []string // functions found to pass their format to the catalog
	// Unlocalized are printf-like functions (a "format string" parameter
	// followed by "...any") that do not pass their format to the catalog.
	Unlocalized []string
}

// sink is a function that takes a catalog message: the index of its
// format parameter. A function is a *types.Func, or the *types.Var of a
// local function ("add := func(format string, args ...any)").
type sink map[types.Object]int

// Extract loads the module's packages (test files excluded) from dir and
// collects every catalog key: the constant format string of each call of
// (*locale.Printer).Sprintf and Fprintf, locale.M and locale.Errorf, of
// every function that passes its own format parameter on to one of these
// (found by itself, to any depth, local functions too), and of each
// locale.Msg literal; and the words of the commands' help, which
// (*locale.Printer).Text looks up when --help is asked for in another
// language: the Short, Long and Example of each cobra.Command literal
// and the usage of each flag defined on a pflag.FlagSet.
func Extract(dir string) (*Extraction, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:  dir,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, err
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("loading the packages:\n%s", strings.Join(errs, "\n"))
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	x := &extractor{fset: pkgs[0].Fset, root: root, sinks: sink{}, keys: map[string]*Key{}}
	x.seedSinks(pkgs)
	x.findWrappers(pkgs)
	for _, p := range pkgs {
		x.collect(p)
	}
	return x.result(), nil
}

type extractor struct {
	fset     *token.FileSet
	root     string
	sinks    sink
	keys     map[string]*Key
	order    []string
	dynamic  []Dynamic
	funcs    []function
	msgType  types.Type
	wrappers []string
}

// function is a function of the module with a printf-like signature: a
// declared one, or a function literal given a local name.
type function struct {
	pkg    *packages.Package
	obj    types.Object
	format *types.Var // its format parameter
	index  int
	body   *ast.BlockStmt
}

// seedSinks finds the locale package's own catalog functions, in the
// types of the packages loaded or of their imports.
func (x *extractor) seedSinks(pkgs []*packages.Package) {
	var loc *types.Package
	seen := map[*types.Package]bool{}
	var walk func(tp *types.Package)
	walk = func(tp *types.Package) {
		if tp == nil || seen[tp] || loc != nil {
			return
		}
		seen[tp] = true
		if tp.Path() == localePkg {
			loc = tp
			return
		}
		for _, imp := range tp.Imports() {
			walk(imp)
		}
	}
	for _, p := range pkgs {
		walk(p.Types)
	}
	if loc == nil {
		return
	}
	scope := loc.Scope()
	for _, name := range []string{"M", "Errorf"} {
		if f, ok := scope.Lookup(name).(*types.Func); ok {
			x.sinks[f] = 0
		}
	}
	if tn, ok := scope.Lookup("Printer").(*types.TypeName); ok {
		ms := types.NewMethodSet(types.NewPointer(tn.Type()))
		for name, i := range map[string]int{"Sprintf": 0, "Fprintf": 1} {
			if sel := ms.Lookup(loc, name); sel != nil {
				x.sinks[sel.Obj()] = i
			}
		}
	}
	if tn, ok := scope.Lookup("Msg").(*types.TypeName); ok {
		x.msgType = tn.Type()
	}
}

// formatParam returns the index of a printf-like format parameter: a
// string followed by a final ...any; -1 when there is none.
func formatParam(sig *types.Signature) int {
	ps := sig.Params()
	if !sig.Variadic() || ps.Len() < 2 {
		return -1
	}
	last := ps.At(ps.Len() - 1).Type().(*types.Slice)
	if iface, ok := last.Elem().Underlying().(*types.Interface); !ok || !iface.Empty() {
		return -1
	}
	if b, ok := ps.At(ps.Len() - 2).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return -1
	}
	return ps.Len() - 2
}

// printfLike collects the module's printf-like functions, outside the
// locale package: declared functions and methods, and function literals
// assigned to a name.
func (x *extractor) printfLike(pkgs []*packages.Package) {
	for _, p := range pkgs {
		if p.PkgPath == localePkg {
			continue
		}
		add := func(obj types.Object, sig *types.Signature, body *ast.BlockStmt) {
			if i := formatParam(sig); i >= 0 && body != nil {
				x.funcs = append(x.funcs, function{pkg: p, obj: obj, format: sig.Params().At(i), index: i, body: body})
			}
		}
		for _, file := range p.Syntax {
			ast.Inspect(file, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncDecl:
					if f, ok := p.TypesInfo.Defs[n.Name].(*types.Func); ok {
						add(f, f.Type().(*types.Signature), n.Body)
					}
				case *ast.AssignStmt:
					for i, rhs := range n.Rhs {
						lit, ok := rhs.(*ast.FuncLit)
						if !ok || i >= len(n.Lhs) {
							continue
						}
						if id, ok := n.Lhs[i].(*ast.Ident); ok {
							obj := p.TypesInfo.Defs[id]
							if obj == nil {
								obj = p.TypesInfo.Uses[id]
							}
							if sig, ok := p.TypesInfo.TypeOf(lit).(*types.Signature); ok && obj != nil {
								add(obj, sig, lit.Body)
							}
						}
					}
				}
				return true
			})
		}
	}
}

// findWrappers adds to the sinks, until nothing changes, each function
// whose format parameter reaches a sink's format argument.
func (x *extractor) findWrappers(pkgs []*packages.Package) {
	x.printfLike(pkgs)
	for changed := true; changed; {
		changed = false
		for _, f := range x.funcs {
			if _, done := x.sinks[f.obj]; done {
				continue
			}
			found := false
			ast.Inspect(f.body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				if arg, ok := x.formatArg(f.pkg, call); ok {
					if id, ok := ast.Unparen(arg).(*ast.Ident); ok && f.pkg.TypesInfo.Uses[id] == f.format {
						found = true
					}
				}
				return true
			})
			if found {
				x.sinks[f.obj] = f.index
				x.wrappers = append(x.wrappers, objName(f.obj))
				changed = true
			}
		}
	}
}

// objName names a function for people: its full name, or for a local
// function its package, name and position.
func objName(obj types.Object) string {
	if f, ok := obj.(*types.Func); ok {
		return f.FullName()
	}
	return obj.Pkg().Path() + "." + obj.Name() + " (local)"
}

// formatArg returns the format argument of a call of a sink.
func (x *extractor) formatArg(p *packages.Package, call *ast.CallExpr) (ast.Expr, bool) {
	obj := callee(p, call)
	if obj == nil {
		return nil, false
	}
	i, ok := x.sinks[obj]
	if !ok || i >= len(call.Args) {
		return nil, false
	}
	return call.Args[i], true
}

// callee is the function a call calls: a declared function or method, or
// a variable holding a local function.
func callee(p *packages.Package, call *ast.CallExpr) types.Object {
	var id *ast.Ident
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fn
	case *ast.SelectorExpr:
		id = fn.Sel
	default:
		return nil
	}
	switch obj := p.TypesInfo.Uses[id].(type) {
	case *types.Func:
		return obj.Origin()
	case *types.Var:
		return obj
	}
	return nil
}

// collect records the keys of one package's calls and Msg literals.
func (x *extractor) collect(p *packages.Package) {
	if p.PkgPath == localePkg {
		return
	}
	for _, file := range p.Syntax {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if usage, ok := flagUsage(p, n); ok {
					x.use(p, usage, n)
					return true
				}
				arg, ok := x.formatArg(p, n)
				if !ok {
					return true
				}
				x.use(p, arg, n)
			case *ast.CompositeLit:
				if isNamed(p.TypesInfo.TypeOf(n), cobraPkg, "Command") {
					x.commandHelp(p, n)
					return true
				}
				if x.msgType == nil || !types.Identical(p.TypesInfo.TypeOf(n), x.msgType) {
					return true
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Format" {
							x.use(p, kv.Value, n)
						}
					}
				}
			}
			return true
		})
	}
}

// commandHelp records the help of a cobra.Command literal: its Short,
// Long and Example.
func (x *extractor) commandHelp(p *packages.Package, lit *ast.CompositeLit) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok || k.Name != "Short" && k.Name != "Long" && k.Name != "Example" {
			continue
		}
		// msg.String() gives the English of a locale.Msg, whose key is
		// recorded where the Msg is made.
		if call, ok := kv.Value.(*ast.CallExpr); ok && x.msgType != nil {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "String" && types.Identical(p.TypesInfo.TypeOf(sel.X), x.msgType) {
				continue
			}
		}
		x.use(p, kv.Value, kv.Value)
	}
}

// flagUsage returns the usage argument of a call that defines a flag: a
// method of pflag.FlagSet whose last parameter is its usage.
func flagUsage(p *packages.Package, call *ast.CallExpr) (ast.Expr, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	fn, ok := p.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != pflagPkg {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv()
	if recv == nil || !isNamed(recv.Type(), pflagPkg, "FlagSet") {
		return nil, false
	}
	ps := sig.Params()
	if ps.Len() == 0 || ps.At(ps.Len()-1).Name() != "usage" || len(call.Args) != ps.Len() {
		return nil, false
	}
	return call.Args[len(call.Args)-1], true
}

// isNamed reports whether t is the named type pkg.name, or a pointer to
// it.
func isNamed(t types.Type, pkg, name string) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// use records the format argument of a call, or says that it is not a
// constant. A wrapper passing its own format parameter on is no use of a
// key: its callers' are.
func (x *extractor) use(p *packages.Package, arg ast.Expr, at ast.Node) {
	tv := p.TypesInfo.Types[arg]
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		x.add(constant.StringVal(tv.Value), x.fset.Position(arg.Pos()))
		return
	}
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
		if v, ok := p.TypesInfo.Uses[id].(*types.Var); ok && x.isFormatParam(v) {
			return
		}
	}
	x.dynamic = append(x.dynamic, Dynamic{Pos: x.fset.Position(at.Pos()), Call: types.ExprString(at.(ast.Expr))})
}

// isFormatParam reports whether v is the format parameter of a wrapper.
func (x *extractor) isFormatParam(v *types.Var) bool {
	for _, f := range x.funcs {
		if _, ok := x.sinks[f.obj]; ok && f.format == v {
			return true
		}
	}
	return false
}

func (x *extractor) add(format string, pos token.Position) {
	k, ok := x.keys[format]
	if !ok {
		rel, err := filepath.Rel(x.root, pos.Filename)
		if err != nil {
			rel = pos.Filename
		}
		k = &Key{Format: format, File: filepath.ToSlash(rel)}
		x.keys[format] = k
		x.order = append(x.order, format)
	}
	k.Uses = append(k.Uses, pos)
}

// result orders the keys by the file and position of their first use.
func (x *extractor) result() *Extraction {
	out := &Extraction{Dynamic: x.dynamic, Wrappers: x.wrappers}
	for _, f := range x.order {
		k := x.keys[f]
		slices.SortFunc(k.Uses, comparePos)
		out.Keys = append(out.Keys, *k)
	}
	slices.SortStableFunc(out.Keys, func(a, b Key) int { return comparePos(a.Uses[0], b.Uses[0]) })
	for i := range out.Keys {
		rel, err := filepath.Rel(x.root, out.Keys[i].Uses[0].Filename)
		if err == nil {
			out.Keys[i].File = filepath.ToSlash(rel)
		}
	}
	for _, f := range x.funcs {
		if _, ok := x.sinks[f.obj]; !ok {
			out.Unlocalized = append(out.Unlocalized, objName(f.obj))
		}
	}
	slices.Sort(out.Unlocalized)
	slices.Sort(out.Wrappers)
	return out
}

func comparePos(a, b token.Position) int {
	if c := strings.Compare(a.Filename, b.Filename); c != 0 {
		return c
	}
	return a.Offset - b.Offset
}
