// Package codecheck holds tests that keep storybot's code readable: no
// function in the product is longer than a reader can hold at once.
package codecheck
