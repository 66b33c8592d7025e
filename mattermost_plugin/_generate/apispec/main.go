// Command apispec prints the plugin API of the Mattermost server/public module
// this module requires, as JSON, for `python -m mattermost_plugin._generate`.
//
// It reads two sources and joins them:
//
//   - api.go, with go/ast: the methods of plugin.API in the order the file
//     declares them, their parameter names, doc comments, @tag lines and
//     "Minimum server version";
//   - the compiled plugin.API, by reflection: the exact Go type of every
//     parameter and result, and every struct those types reach, field by field
//     as encoding/json writes it (json tags, omitempty, embedded structs
//     flattened, json:"-" fields left out), with the structs' doc comments read
//     from their source.
//
// Run it from this folder: go run . > spec.json
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/plugin"
)

const apiPackage = "github.com/mattermost/mattermost/server/public/plugin"

// Spec is what the program prints.
type Spec struct {
	Module string `json:"module"`
	// Imports are api.go's imports, by the name its types use ("model", "mlog", "http").
	Imports map[string]string  `json:"imports"`
	Methods []Method           `json:"methods"`
	Structs map[string]*Struct `json:"structs"`
}

// Method is one method of plugin.API.
type Method struct {
	Name     string   `json:"name"`
	Doc      string   `json:"doc"`
	Tags     []string `json:"tags"`
	Since    string   `json:"since"`
	Params   []Value  `json:"params"`
	Results  []Value  `json:"results"`
	Variadic bool     `json:"variadic"`
}

// Value is a parameter or a result: its name in api.go ("" when unnamed) and type.
type Value struct {
	Name string `json:"name"`
	Type *Type  `json:"type"`
}

// Type describes a Go type. Kind is reflect's kind name for scalars ("bool",
// "string", "int", "int64", "uint32", "float64", ...) or one of "bytes"
// ([]byte), "slice", "array", "map", "pointer", "struct", "any" (an interface,
// or json.RawMessage), "error", "reader" (io.Reader) and "time" (time.Time).
type Type struct {
	Kind string `json:"kind"`
	// Name is "model.ChannelType" for a named type, "" for an unnamed one.
	Name string `json:"name,omitempty"`
	// Package is the import path of a named type.
	Package string `json:"package,omitempty"`
	// Go is the type as Go source spells it: "*model.Post", "[]string", "map[string]any"
	// (for a parameter or result, exactly as api.go writes it).
	Go   string `json:"go"`
	Elem *Type  `json:"elem,omitempty"`
	Key  *Type  `json:"key,omitempty"`
	// Marshaler says the type writes its own JSON (it has a MarshalJSON method).
	Marshaler bool `json:"marshaler,omitempty"`
}

// Struct is a struct type the API carries.
type Struct struct {
	Name    string  `json:"name"`
	Package string  `json:"package"`
	Doc     string  `json:"doc"`
	Fields  []Field `json:"fields"`
	// Marshaler says the struct writes its own JSON (it has a MarshalJSON method),
	// so its JSON may differ from its fields.
	Marshaler bool `json:"marshaler,omitempty"`
}

// Field is one key of a struct's JSON, in the order encoding/json writes it.
type Field struct {
	GoName    string `json:"go_name"`
	Key       string `json:"key"`
	OmitEmpty bool   `json:"omitempty"`
	// Quoted is the ",string" option: a number or bool written as a JSON string.
	Quoted bool   `json:"quoted,omitempty"`
	Type   *Type  `json:"type"`
	Doc    string `json:"doc,omitempty"`

	ownerPackage, owner string // the struct that declares the field (an embedded one for a promoted field)
}

var (
	errorType     = reflect.TypeFor[error]()
	readerType    = reflect.TypeFor[io.Reader]()
	timeType      = reflect.TypeFor[time.Time]()
	rawType       = reflect.TypeFor[json.RawMessage]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "apispec:", err)
		os.Exit(1)
	}
}

func run(out io.Writer) error {
	module, err := goList("-m", "-f", "{{.Path}} {{.Version}}", "github.com/mattermost/mattermost/server/public")
	if err != nil {
		return err
	}
	dirs, err := packageDirs(apiPackage)
	if err != nil {
		return err
	}
	declared, imports, err := readInterface(dirs[apiPackage])
	if err != nil {
		return err
	}
	w := &walker{structs: map[string]*Struct{}, docs: map[string]typeDocs{}}
	api := reflect.TypeFor[plugin.API]()
	if len(declared) != api.NumMethod() {
		return fmt.Errorf("api.go declares %d methods, plugin.API has %d", len(declared), api.NumMethod())
	}
	spec := Spec{Module: strings.TrimSpace(module), Imports: imports, Methods: []Method{}, Structs: w.structs}
	for _, d := range declared {
		m, ok := api.MethodByName(d.name)
		if !ok {
			return fmt.Errorf("api.go declares %s, which plugin.API does not have", d.name)
		}
		t := m.Type
		if len(d.params) != t.NumIn() {
			return fmt.Errorf("%s: api.go names %d parameters, the type has %d", d.name, len(d.params), t.NumIn())
		}
		if len(d.results) != t.NumOut() {
			return fmt.Errorf("%s: api.go has %d results, the type has %d", d.name, len(d.results), t.NumOut())
		}
		method := Method{Name: d.name, Doc: d.doc, Tags: d.tags, Since: d.since, Variadic: t.IsVariadic(), Params: []Value{}, Results: []Value{}}
		for i := 0; i < t.NumIn(); i++ {
			value := Value{Name: d.params[i].name, Type: w.describe(t.In(i))}
			value.Type.Go = d.params[i].spelling
			method.Params = append(method.Params, value)
		}
		for i := 0; i < t.NumOut(); i++ {
			value := Value{Name: d.results[i].name, Type: w.describe(t.Out(i))}
			value.Type.Go = d.results[i].spelling
			method.Results = append(method.Results, value)
		}
		spec.Methods = append(spec.Methods, method)
	}
	if err := w.addDocs(); err != nil {
		return err
	}
	encoder := json.NewEncoder(out)
	encoder.SetIndent("", " ")
	return encoder.Encode(spec)
}

// declaredMethod is what api.go says about a method.
type declaredMethod struct {
	name            string
	params, results []declaredValue
	doc, since      string
	tags            []string
}

// declaredValue is a parameter or result as api.go writes it.
type declaredValue struct {
	name     string // "" when unnamed
	spelling string // its type: "*model.Post", "...any" for a variadic parameter
}

var sinceLine = regexp.MustCompile(`^Minimum server version:\s*(\S+)`)

// readInterface reads the methods of the API interface from api.go, in
// order, and the file's imports.
func readInterface(dir string) ([]declaredMethod, map[string]string, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, dir+"/api.go", nil, parser.ParseComments)
	if err != nil {
		return nil, nil, err
	}
	imports := map[string]string{}
	for _, spec := range file.Imports {
		importPath, _ := strconv.Unquote(spec.Path.Value)
		name := path.Base(importPath)
		if spec.Name != nil {
			name = spec.Name.Name
		}
		imports[name] = importPath
	}
	var iface *ast.InterfaceType
	ast.Inspect(file, func(n ast.Node) bool {
		if spec, ok := n.(*ast.TypeSpec); ok && spec.Name.Name == "API" {
			iface, _ = spec.Type.(*ast.InterfaceType)
		}
		return iface == nil
	})
	if iface == nil {
		return nil, nil, fmt.Errorf("%s/api.go has no API interface", dir)
	}
	var out []declaredMethod
	for _, field := range iface.Methods.List {
		fn, ok := field.Type.(*ast.FuncType)
		if !ok || len(field.Names) != 1 {
			return nil, nil, fmt.Errorf("the API interface embeds %T; only methods are expected", field.Type)
		}
		m := declaredMethod{name: field.Names[0].Name, params: values(fn.Params), results: values(fn.Results)}
		var doc []string
		for _, line := range strings.Split(field.Doc.Text(), "\n") {
			trimmed := strings.TrimSpace(line)
			if tag, ok := strings.CutPrefix(trimmed, "@tag "); ok {
				m.tags = append(m.tags, strings.TrimSpace(tag))
				continue
			}
			if match := sinceLine.FindStringSubmatch(trimmed); match != nil {
				m.since = strings.TrimSuffix(match[1], ".")
				continue
			}
			doc = append(doc, line)
		}
		m.doc = strings.TrimSpace(strings.Join(doc, "\n"))
		if m.since == "" {
			return nil, nil, fmt.Errorf("%s has no \"Minimum server version\" line", m.name)
		}
		out = append(out, m)
	}
	return out, imports, nil
}

// values lists a field list's values, one per name (one for an unnamed field).
func values(list *ast.FieldList) []declaredValue {
	var out []declaredValue
	if list == nil {
		return out
	}
	for _, field := range list.List {
		spelling := types.ExprString(field.Type)
		if len(field.Names) == 0 {
			out = append(out, declaredValue{spelling: spelling})
		}
		for _, name := range field.Names {
			out = append(out, declaredValue{name: name.Name, spelling: spelling})
		}
	}
	return out
}

// walker describes types and collects the structs they reach.
type walker struct {
	structs map[string]*Struct
	docs    map[string]typeDocs // by package path
}

// qualified is "model.Post" for a named type (the package's last path
// element, before a major version suffix: "logr.Level").
func qualified(t reflect.Type) string {
	return packageName(t.PkgPath()) + "." + t.Name()
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

func packageName(importPath string) string {
	name := path.Base(importPath)
	if majorVersion.MatchString(name) {
		name = path.Base(path.Dir(importPath))
	}
	return name
}

// describe is the Type of t; a struct it reaches is added to w.structs.
func (w *walker) describe(t reflect.Type) *Type {
	d := &Type{Go: spell(t)}
	if t.Name() != "" && t.PkgPath() != "" {
		d.Name, d.Package = qualified(t), t.PkgPath()
		d.Marshaler = t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType)
	}
	switch {
	case t == errorType:
		d.Kind = "error"
		return d
	case t == readerType:
		d.Kind = "reader"
		return d
	case t == timeType:
		d.Kind = "time"
		return d
	case t == rawType:
		d.Kind = "any"
		return d
	}
	switch t.Kind() {
	case reflect.Interface:
		d.Kind = "any"
	case reflect.Pointer:
		d.Kind, d.Elem = "pointer", w.describe(t.Elem())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			d.Kind = "bytes"
		} else {
			d.Kind, d.Elem = "slice", w.describe(t.Elem())
		}
	case reflect.Array:
		d.Kind, d.Elem = "array", w.describe(t.Elem())
	case reflect.Map:
		d.Kind, d.Key, d.Elem = "map", w.describe(t.Key()), w.describe(t.Elem())
	case reflect.Struct:
		d.Kind = "struct"
		if d.Name == "" {
			panic(fmt.Sprintf("the API carries an unnamed struct %v", t))
		}
		w.addStruct(t)
	default:
		d.Kind = t.Kind().String()
	}
	return d
}

// carriesFields says whether the structs of a package are described field by
// field (Mattermost's own types); others (net/http's, net/url's) are left to
// the generator, which maps the few the API uses by hand.
func carriesFields(pkg string) bool {
	return strings.HasPrefix(pkg, "github.com/mattermost/")
}

func (w *walker) addStruct(t reflect.Type) {
	name := qualified(t)
	if _, done := w.structs[name]; done || !carriesFields(t.PkgPath()) {
		return
	}
	s := &Struct{Name: name, Package: t.PkgPath()}
	s.Marshaler = t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType)
	w.structs[name] = s // before the fields: a struct may reach itself
	s.Fields = w.jsonFields(t)
}

// candidate is a field encoding/json might write, before name conflicts are settled.
type candidate struct {
	field  Field
	depth  int
	tagged bool
	order  []int
}

// jsonFields lists the keys encoding/json writes for struct t, in its order,
// with its rules for embedded structs: their fields are promoted unless the
// embedded field has a json name; of several fields with one key, the
// shallowest wins, then the one with a json tag; a tie drops them all.
func (w *walker) jsonFields(t reflect.Type) []Field {
	var found []candidate
	var visit func(t reflect.Type, depth int, index []int, seen map[reflect.Type]bool)
	visit = func(t reflect.Type, depth int, index []int, seen map[reflect.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		defer delete(seen, t)
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			key, options, _ := strings.Cut(tag, ",")
			ft := f.Type
			if f.Anonymous {
				inner := ft
				if inner.Kind() == reflect.Pointer {
					inner = inner.Elem()
				}
				if !f.IsExported() && inner.Kind() != reflect.Struct {
					continue
				}
				if key == "" && inner.Kind() == reflect.Struct {
					visit(inner, depth+1, append(append([]int(nil), index...), i), seen)
					continue
				}
			} else if !f.IsExported() {
				continue
			}
			if ft.Kind() == reflect.Func || ft.Kind() == reflect.Chan {
				continue
			}
			field := Field{GoName: f.Name, Key: key, Type: w.describe(ft)}
			if field.Key == "" {
				field.Key = f.Name
			}
			for _, option := range strings.Split(options, ",") {
				switch option {
				case "omitempty":
					field.OmitEmpty = true
				case "string":
					field.Quoted = quotable(ft)
				}
			}
			field.ownerPackage, field.owner = t.PkgPath(), t.Name()
			w.docs[t.PkgPath()] = typeDocs{}
			found = append(found, candidate{field: field, depth: depth, tagged: key != "", order: append(append([]int(nil), index...), i)})
		}
	}
	visit(t, 0, nil, map[reflect.Type]bool{})

	byKey := map[string][]candidate{}
	for _, c := range found {
		byKey[c.field.Key] = append(byKey[c.field.Key], c)
	}
	var kept []candidate
	for _, group := range byKey {
		if winner, ok := dominant(group); ok {
			kept = append(kept, winner)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return less(kept[i].order, kept[j].order) })
	out := make([]Field, len(kept))
	for i, c := range kept {
		out[i] = c.field
	}
	return out
}

// dominant is encoding/json's dominantField: the shallowest field, preferring a tagged one.
func dominant(group []candidate) (candidate, bool) {
	sort.SliceStable(group, func(i, j int) bool { return group[i].depth < group[j].depth })
	top := group[0].depth
	var shallow []candidate
	for _, c := range group {
		if c.depth == top {
			shallow = append(shallow, c)
		}
	}
	if len(shallow) == 1 {
		return shallow[0], true
	}
	var tagged []candidate
	for _, c := range shallow {
		if c.tagged {
			tagged = append(tagged, c)
		}
	}
	if len(tagged) == 1 {
		return tagged[0], true
	}
	return candidate{}, false
}

func less(a, b []int) bool {
	for i := range a {
		if i >= len(b) {
			return false
		}
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// quotable says whether encoding/json applies the ",string" option to t.
func quotable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}

// spell writes t as Go source does, with package names ("*model.Post", "map[string]any").
func spell(t reflect.Type) string {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name()
		}
		return qualified(t)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + spell(t.Elem())
	case reflect.Slice:
		return "[]" + spell(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), spell(t.Elem()))
	case reflect.Map:
		return "map[" + spell(t.Key()) + "]" + spell(t.Elem())
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return "any"
		}
	}
	return t.String()
}

// typeDocs are the doc comments of one package's struct types and their fields.
type typeDocs struct {
	types  map[string]string
	fields map[string]string // "Type.Field"
}

// addDocs reads the source of every package a struct came from and fills in
// the doc comments of the structs and their fields.
func (w *walker) addDocs() error {
	var pkgs []string
	for pkg := range w.docs {
		pkgs = append(pkgs, pkg)
	}
	sort.Strings(pkgs)
	dirs, err := packageDirs(pkgs...)
	if err != nil {
		return err
	}
	for _, pkg := range pkgs {
		docs, err := readDocs(dirs[pkg])
		if err != nil {
			return err
		}
		w.docs[pkg] = docs
	}
	for _, s := range w.structs {
		s.Doc = w.docs[s.Package].types[strings.TrimPrefix(s.Name, packageName(s.Package)+".")]
		for i := range s.Fields {
			f := &s.Fields[i]
			f.Doc = w.docs[f.ownerPackage].fields[f.owner+"."+f.GoName]
		}
	}
	return nil
}

// readDocs parses a package's Go files (tests left out) for its struct docs.
func readDocs(dir string) (typeDocs, error) {
	docs := typeDocs{types: map[string]string{}, fields: map[string]string{}}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(info os.FileInfo) bool {
		return !strings.HasSuffix(info.Name(), "_test.go")
	}, parser.ParseComments)
	if err != nil {
		return docs, err
	}
	for _, pkg := range pkgs {
		for _, file := range pkg.Files {
			for _, decl := range file.Decls {
				gen, ok := decl.(*ast.GenDecl)
				if !ok || gen.Tok != token.TYPE {
					continue
				}
				for _, spec := range gen.Specs {
					ts := spec.(*ast.TypeSpec)
					doc := ts.Doc
					if doc == nil && len(gen.Specs) == 1 {
						doc = gen.Doc
					}
					docs.types[ts.Name.Name] = strings.TrimSpace(doc.Text())
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, field := range st.Fields.List {
						text := strings.TrimSpace(field.Doc.Text())
						if text == "" {
							text = strings.TrimSpace(field.Comment.Text())
						}
						for _, name := range field.Names {
							docs.fields[ts.Name.Name+"."+name.Name] = text
						}
					}
				}
			}
		}
	}
	return docs, nil
}

// packageDirs finds the source folders of packages with `go list`.
func packageDirs(pkgs ...string) (map[string]string, error) {
	text, err := goList(append([]string{"-f", "{{.ImportPath}} {{.Dir}}"}, pkgs...)...)
	if err != nil {
		return nil, err
	}
	dirs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		pkg, dir, _ := strings.Cut(line, " ")
		dirs[pkg] = dir
	}
	return dirs, nil
}

func goList(args ...string) (string, error) {
	out, err := exec.Command("go", append([]string{"list"}, args...)...).Output()
	if err != nil {
		if exit, ok := err.(*exec.ExitError); ok {
			return "", fmt.Errorf("go list %s: %v\n%s", strings.Join(args, " "), err, exit.Stderr)
		}
		return "", fmt.Errorf("go list %s: %v", strings.Join(args, " "), err)
	}
	return string(out), nil
}
