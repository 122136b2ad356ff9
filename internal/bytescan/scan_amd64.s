//go:build amd64 && !purego

#include "textflag.h"

// The bytes the searches compare with, sixteen times each.
DATA consts<>+0(SB)/8, $0x2626262626262626   // &
DATA consts<>+8(SB)/8, $0x2626262626262626
DATA consts<>+16(SB)/8, $0x3C3C3C3C3C3C3C3C  // <
DATA consts<>+24(SB)/8, $0x3C3C3C3C3C3C3C3C
DATA consts<>+32(SB)/8, $0x3E3E3E3E3E3E3E3E  // >
DATA consts<>+40(SB)/8, $0x3E3E3E3E3E3E3E3E
DATA consts<>+48(SB)/8, $0x2222222222222222  // "
DATA consts<>+56(SB)/8, $0x2222222222222222
DATA consts<>+64(SB)/8, $0x2727272727272727  // '
DATA consts<>+72(SB)/8, $0x2727272727272727
DATA consts<>+80(SB)/8, $0x3030303030303030  // '0'
DATA consts<>+88(SB)/8, $0x3030303030303030
DATA consts<>+96(SB)/8, $0x0909090909090909  // 9
DATA consts<>+104(SB)/8, $0x0909090909090909
DATA consts<>+112(SB)/8, $0x5C5C5C5C5C5C5C5C // backslash
DATA consts<>+120(SB)/8, $0x5C5C5C5C5C5C5C5C
DATA consts<>+128(SB)/8, $0x1F1F1F1F1F1F1F1F // the last control byte
DATA consts<>+136(SB)/8, $0x1F1F1F1F1F1F1F1F
GLOBL consts<>(SB), RODATA|NOPTR, $144

// HTML sets a bit in AX for each of the sixteen bytes in X0 that HTML
// escapes: PCMPEQB with each of & < > " ' (X8–X12), OR, PMOVMSKB.
#define HTML \
	MOVO X0, X1; \
	MOVO X0, X2; \
	MOVO X0, X3; \
	MOVO X0, X4; \
	PCMPEQB X8, X0; \
	PCMPEQB X9, X1; \
	PCMPEQB X10, X2; \
	PCMPEQB X11, X3; \
	PCMPEQB X12, X4; \
	POR X1, X0; \
	POR X3, X2; \
	POR X4, X0; \
	POR X2, X0; \
	PMOVMSKB X0, AX

// DIGIT sets a bit in AX for each of the sixteen bytes in X0 that is an
// ASCII digit: b is one when b-'0', as an unsigned byte, is at most 9, that
// is when min(b-'0', 9) == b-'0' (PSUBB with X8, PMINUB with X9, PCMPEQB,
// PMOVMSKB).
#define DIGIT \
	PSUBB X8, X0; \
	MOVO X0, X3; \
	PMINUB X9, X3; \
	PCMPEQB X0, X3; \
	PMOVMSKB X3, AX

// SEARCH returns the index of the first byte of the string at SI, BX long,
// for which MATCH sets a bit, or -1. Sixteen bytes a step. The last step of
// a text of sixteen bytes or more loads the last sixteen, overlapping the
// step before, and drops the bits of the bytes already tested. A shorter
// text is loaded sixteen bytes at once from its start, or from its end when
// the start lies in the last fifteen bytes of a memory page, so that the
// load never touches a page the text does not (TestPageEnd); the bits of the
// bytes outside it are dropped.
#define SEARCH(MATCH) \
	MOVQ SI, DI; \
	LEAQ (SI)(BX*1), R11; \
	CMPQ BX, $16; \
	JB   short; \
loop: \
	MOVQ R11, DX; \
	SUBQ SI, DX; \
	CMPQ DX, $16; \
	JB   last; \
	MOVOU (SI), X0; \
	MATCH; \
	TESTL AX, AX; \
	JNZ  found; \
	ADDQ $16, SI; \
	JMP  loop; \
last: \
	TESTQ DX, DX; \
	JZ   none; \
	MOVOU -16(R11), X0; \
	MATCH; \
	MOVQ $16, CX; \
	SUBQ DX, CX; \
	SHRL CX, AX; \
	TESTL AX, AX; \
	JZ   none; \
found: \
	BSFL AX, AX; \
	SUBQ DI, SI; \
	ADDQ SI, AX; \
	MOVQ AX, ret+16(FP); \
	RET; \
short: \
	TESTQ BX, BX; \
	JZ   none; \
	MOVQ SI, AX; \
	ANDQ $0xFFF, AX; \
	CMPQ AX, $0xFF0; \
	JA   shortend; \
	MOVOU (SI), X0; \
	MATCH; \
	MOVQ BX, CX; \
	MOVL $1, DX; \
	SHLL CX, DX; \
	DECL DX; \
	ANDL DX, AX; \
	TESTL AX, AX; \
	JZ   none; \
	BSFL AX, AX; \
	MOVQ AX, ret+16(FP); \
	RET; \
shortend: \
	MOVOU -16(R11), X0; \
	MATCH; \
	MOVQ $16, CX; \
	SUBQ BX, CX; \
	SHRL CX, AX; \
	TESTL AX, AX; \
	JZ   none; \
	BSFL AX, AX; \
	MOVQ AX, ret+16(FP); \
	RET; \
none: \
	MOVQ $-1, ret+16(FP); \
	RET

// func IndexDigit(s string) int
TEXT ·IndexDigit(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVOU consts<>+80(SB), X8
	MOVOU consts<>+96(SB), X9
	SEARCH(DIGIT)

// func IndexHTMLSpecial(s string) int
TEXT ·IndexHTMLSpecial(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVOU consts<>+0(SB), X8
	MOVOU consts<>+16(SB), X9
	MOVOU consts<>+32(SB), X10
	MOVOU consts<>+48(SB), X11
	MOVOU consts<>+64(SB), X12
	SEARCH(HTML)

// func PlainRun(s string) (n int, high bool)
//
// Each step loads sixteen bytes and marks, with a bit per byte from
// PMOVMSKB, the quotes and backslashes (PCMPEQB) and the bytes below 0x20
// (min(b, 0x1F) == b). The bytes' own high bits, collected for the bytes
// before the first mark, say whether the prefix holds a byte of 0x80 or
// above. Only whole steps of sixteen bytes are taken.
TEXT ·PlainRun(SB), NOSPLIT, $0-25
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute n
	LEAQ (SI)(BX*1), R11        // the end
	XORL R8, R8                 // the high bits seen
	MOVOU consts<>+48(SB), X8   // "
	MOVOU consts<>+112(SB), X9  // backslash
	MOVOU consts<>+128(SB), X10 // 0x1F

run:
	MOVQ R11, DX
	SUBQ SI, DX
	CMPQ DX, $16
	JB   rundone
	MOVOU (SI), X0
	PMOVMSKB X0, R9
	MOVO  X0, X1
	MOVO  X0, X2
	MOVO  X0, X3
	PCMPEQB X8, X1
	PCMPEQB X9, X2
	PMINUB X10, X3
	PCMPEQB X0, X3
	POR  X2, X1
	POR  X3, X1
	PMOVMSKB X1, AX
	TESTL AX, AX
	JNZ  runstop
	ORL  R9, R8
	ADDQ $16, SI
	JMP  run

runstop:
	BSFL AX, CX                 // the first stop byte's place in the step
	MOVL $1, DX
	SHLL CX, DX
	DECL DX                     // the bytes before it
	ANDL DX, R9
	ORL  R9, R8
	SUBQ DI, SI
	ADDQ CX, SI
	MOVQ SI, n+16(FP)
	TESTL R8, R8
	SETNE high+24(FP)
	RET

rundone:
	SUBQ DI, SI
	MOVQ SI, n+16(FP)
	TESTL R8, R8
	SETNE high+24(FP)
	RET
