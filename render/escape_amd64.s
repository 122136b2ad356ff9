//go:build amd64 && !purego

#include "textflag.h"

// The five bytes esc replaces, sixteen times each.
DATA specials<>+0(SB)/8, $0x2626262626262626  // &
DATA specials<>+8(SB)/8, $0x2626262626262626
DATA specials<>+16(SB)/8, $0x3C3C3C3C3C3C3C3C // <
DATA specials<>+24(SB)/8, $0x3C3C3C3C3C3C3C3C
DATA specials<>+32(SB)/8, $0x3E3E3E3E3E3E3E3E // >
DATA specials<>+40(SB)/8, $0x3E3E3E3E3E3E3E3E
DATA specials<>+48(SB)/8, $0x2222222222222222 // "
DATA specials<>+56(SB)/8, $0x2222222222222222
DATA specials<>+64(SB)/8, $0x2727272727272727 // '
DATA specials<>+72(SB)/8, $0x2727272727272727
GLOBL specials<>(SB), RODATA|NOPTR, $80

// MATCH sets a bit in AX for each of the sixteen bytes in X0 that is one
// of the five: PCMPEQB with each, OR, PMOVMSKB.
#define MATCH \
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

// func indexHTMLSpecial(s string) int
//
// Sixteen bytes a step. The last step of a text of sixteen bytes or more
// loads the last sixteen, overlapping the step before, and drops the bits of
// the bytes already tested. A shorter text is loaded sixteen bytes at once
// from its start, or from its end when the start lies in the last fifteen
// bytes of a memory page, so that the load never touches a page the text
// does not (TestIndexHTMLSpecialPageEnd); the bits of the bytes outside it
// are dropped.
TEXT ·indexHTMLSpecial(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	MOVQ SI, DI                 // the start, to compute the index
	LEAQ (SI)(BX*1), R11        // the end
	MOVOU specials<>+0(SB), X8
	MOVOU specials<>+16(SB), X9
	MOVOU specials<>+32(SB), X10
	MOVOU specials<>+48(SB), X11
	MOVOU specials<>+64(SB), X12
	CMPQ BX, $16
	JB   short

loop:
	MOVQ R11, DX
	SUBQ SI, DX                 // the bytes left
	CMPQ DX, $16
	JB   last
	MOVOU (SI), X0
	MATCH
	TESTL AX, AX
	JNZ  found
	ADDQ $16, SI
	JMP  loop

last:
	TESTQ DX, DX
	JZ   none
	MOVOU -16(R11), X0
	MATCH
	MOVQ $16, CX
	SUBQ DX, CX
	SHRL CX, AX                 // bit 0 is now the byte at SI
	TESTL AX, AX
	JZ   none

found:
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+16(FP)
	RET

short:
	TESTQ BX, BX
	JZ   none
	MOVQ SI, AX
	ANDQ $0xFFF, AX
	CMPQ AX, $0xFF0
	JA   shortend
	MOVOU (SI), X0
	MATCH
	MOVQ BX, CX
	MOVL $1, DX
	SHLL CX, DX
	DECL DX
	ANDL DX, AX                 // the text's own bytes
	TESTL AX, AX
	JZ   none
	BSFL AX, AX
	MOVQ AX, ret+16(FP)
	RET

shortend:
	MOVOU -16(R11), X0
	MATCH
	MOVQ $16, CX
	SUBQ BX, CX
	SHRL CX, AX                 // bit 0 is now the text's first byte
	TESTL AX, AX
	JZ   none
	BSFL AX, AX
	MOVQ AX, ret+16(FP)
	RET

none:
	MOVQ $-1, ret+16(FP)
	RET
